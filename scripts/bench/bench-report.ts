/** `npm run bench:report`: the charts and benchmarks/BENCHMARKS.md drawn again from the JSON files beside them. */
import { writeReport } from './bench-results';

console.log(`benchmarks/BENCHMARKS.md and the charts of ${writeReport()} benchmarks written again from their JSON files`);
