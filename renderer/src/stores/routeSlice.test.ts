import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, hrefFor, parseHash } from './routeSlice';

describe('parseHash', () => {
  it('splits the view, its params and the query', () => {
    expect(parseHash('#/players/00-0033873?tab=log')).toEqual({ view: 'players', params: ['00-0033873'], query: { tab: 'log' } });
    expect(parseHash('#/draft/12')).toEqual({ view: 'draft', params: ['12'], query: {} });
  });
  it('opens the default view for an empty hash', () => {
    expect(parseHash('')).toEqual({ view: DEFAULT_VIEW, params: [], query: {} });
    expect(parseHash('#/')).toEqual({ view: DEFAULT_VIEW, params: [], query: {} });
  });
  it('decodes segments and keeps a malformed escape as typed', () => {
    expect(parseHash('#/players/Amon-Ra%20St.%20Brown').params).toEqual(['Amon-Ra St. Brown']);
    expect(parseHash('#/players/%E0%A4%A').params).toEqual(['%E0%A4%A']);
  });
});

describe('hrefFor', () => {
  it('writes one leading #/ whatever the path starts with', () => {
    expect(hrefFor('players/abc')).toBe('#/players/abc');
    expect(hrefFor('#/draft?league=3')).toBe('#/draft?league=3');
    expect(hrefFor('/leagues')).toBe('#/leagues');
  });
});
