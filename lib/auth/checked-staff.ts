import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { resumeStaffSession } from './sessions';

/**
 * The session row checked and touched once per request (React's cache): by Auth.js's jwt callback on every read of
 * the session (lib/auth/auth.ts), and by currentStaff (lib/auth/staff.ts), which needs the staff member it names.
 */
export const checkedStaff = cache((uid: number, sid: string, sv: number) => resumeStaffSession(getDb(), { uid, sid, sv }));
