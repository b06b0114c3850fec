import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './catalog';

const tables = (...names: string[]) => names.map((name) => ({ name }));

describe('the load order of tables', () => {
  it('puts every table after the tables its foreign keys name, and keeps the rest as listed', () => {
    const keys = [
      { child: 'article_translations', parent: 'articles' },
      { child: 'articles', parent: 'authors' },
      { child: 'articles', parent: 'media' },
      { child: 'authors', parent: 'users' },
      { child: 'media', parent: 'users' },
    ];
    const order = dependencyOrder(tables('article_translations', 'articles', 'authors', 'currency_rates', 'media', 'users'), keys).map((t) => t.name);
    expect(order).toEqual(['currency_rates', 'users', 'authors', 'media', 'articles', 'article_translations']);
  });

  it('ignores keys to tables it is not loading, and says which tables form a cycle', () => {
    expect(dependencyOrder(tables('a'), [{ child: 'a', parent: 'elsewhere' }])).toEqual(tables('a'));
    expect(() => dependencyOrder(tables('a', 'b', 'c'), [{ child: 'a', parent: 'b' }, { child: 'b', parent: 'a' }])).toThrow('foreign keys form a cycle among a, b');
  });
});
