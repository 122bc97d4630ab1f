import { describe, expect, it } from 'vitest';
import { canonicalName, nameInitials, nameMatches, normaliseName, searchKeys } from './names';

describe('normaliseName', () => {
  it.each([
    ['Amon-Ra St. Brown', 'amon ra st brown'],
    ['Amon Ra St Brown', 'amon ra st brown'],
    ['AMON-RA ST. BROWN', 'amon ra st brown'],
    ["Ja'Marr Chase", 'jamarr chase'],
    ['Ja’Marr Chase', 'jamarr chase'],
    ['D.J. Moore', 'dj moore'],
    ['D. J. Moore', 'dj moore'],
    ['DJ Moore', 'dj moore'],
    ['Kenneth Walker III', 'kenneth walker'],
    ['Marvin Harrison Jr.', 'marvin harrison'],
    ['Odell Beckham Jr', 'odell beckham'],
    ['Jaxon Smith-Njigba', 'jaxon smith njigba'],
    ['Juan Carlos Núñez', 'juan carlos nunez'],
    ['Patrick Mahomes II', 'patrick mahomes'],
    ['  Josh   Allen ', 'josh allen'],
    ['V', 'v'],
  ])('%s -> %s', (name, key) => {
    expect(normaliseName(name)).toBe(key);
  });
});

describe('canonicalName', () => {
  it('maps the short forms sources disagree on to one spelling', () => {
    expect(canonicalName('Hollywood Brown')).toBe('marquise brown');
    expect(canonicalName('Gabe Davis')).toBe(canonicalName('Gabriel Davis'));
    expect(canonicalName('Tank Dell')).toBe('nathaniel dell');
  });
  it('matches the ADP exports\' spellings of the hard names to the stat files\'', () => {
    expect(canonicalName('Ken Walker III')).toBe(canonicalName('Kenneth Walker'));
    expect(canonicalName('Kenneth Walker III')).toBe('kenneth walker');
    expect(canonicalName('dell Beckham Jr. O')).toBe('odell beckham');
    expect(canonicalName('Marvin Harrison Jr.')).toBe(canonicalName('Marvin Harrison'));
    expect(canonicalName('Amon-Ra St. Brown')).toBe(canonicalName('Amon Ra St Brown'));
  });
  it('leaves everyone else as normalised', () => {
    expect(canonicalName('Josh Allen')).toBe('josh allen');
  });
});

describe('searchKeys', () => {
  it('searches a nickname as typed and as the full name', () => {
    expect(searchKeys('Hollywood Brown')).toEqual(['hollywood brown', 'marquise brown']);
    expect(searchKeys('mahomes')).toEqual(['mahomes']);
  });
});

describe('nameInitials', () => {
  it.each([
    ['Christian McCaffrey', 'cmc'],
    ['Amon-Ra St. Brown', 'arsb'],
    ["Ja'Marr Chase", 'jmc'],
    ['Marvin Harrison Jr.', 'mh'],
    ['DK Metcalf', 'dm'],
    ['CeeDee Lamb', 'cdl'],
  ])('%s -> %s', (name, initials) => {
    expect(nameInitials(name)).toBe(initials);
  });
});

describe('nameMatches', () => {
  it('finds players by the start of any word, the name without spaces, initials and nicknames', () => {
    expect(nameMatches('mahom', 'Patrick Mahomes')).toBe(true);
    expect(nameMatches('pat mah', 'Patrick Mahomes')).toBe(true);
    expect(nameMatches('amonra', 'Amon-Ra St. Brown')).toBe(true);
    expect(nameMatches('CMC', 'Christian McCaffrey')).toBe(true);
    expect(nameMatches('ARSB', 'Amon-Ra St. Brown')).toBe(true);
    expect(nameMatches('arsb', 'Amon-Ra St. Brown')).toBe(true);
    expect(nameMatches('Hollywood Brown', 'Marquise Brown')).toBe(true);
    expect(nameMatches('hollywood', 'Marquise Brown')).toBe(true);
    expect(nameMatches('KW3', 'Kenneth Walker III')).toBe(true);
    expect(nameMatches('jsn', 'Jaxon Smith-Njigba')).toBe(true);
    expect(nameMatches('', 'Anyone')).toBe(true);
  });
  it('does not find the wrong player', () => {
    expect(nameMatches('CMC', 'Christian Kirk')).toBe(false);
    expect(nameMatches('cm', 'Christian McCaffrey')).toBe(false);
    expect(nameMatches('Hollywood Brown', 'A.J. Brown')).toBe(false);
    expect(nameMatches('mahomes', 'Josh Allen')).toBe(false);
  });
});
