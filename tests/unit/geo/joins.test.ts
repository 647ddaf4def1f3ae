import { describe, expect, test } from 'vitest';
import { makeCurrentCode } from '../../../scripts/geodata/currentCode.ts';
import { countyAliases, prefectureAliases } from '../../../scripts/geodata/divisionNames.ts';
import type { BuiltDivision } from '../../../scripts/geodata/divisions.ts';
import { joinSeatPoints, type SeatCandidate } from '../../../scripts/geodata/joinSeatPoints.ts';

const unit = (code: string, name: string, level: BuiltDivision['level'], parent: string | null): BuiltDivision => {
  const aliases = level === 'county' ? countyAliases(name) : level === 'prefecture' ? prefectureAliases(name) : [];
  return { code, name, level, parent, aliases, stem: aliases.at(-1) ?? name };
};

const divisions = [
  unit('370000', '山东省', 'province', null),
  unit('370100', '济南市', 'prefecture', '370000'),
  unit('370116', '莱芜区', 'county', '370100'),
  unit('370117', '钢城区', 'county', '370100'),
  unit('340000', '安徽省', 'province', null),
  unit('340800', '安庆市', 'prefecture', '340000'),
  unit('340882', '潜山市', 'county', '340800'),
  unit('340828', '岳西县', 'county', '340800'),
];
const counties = divisions.filter((d) => d.level === 'county');
const seat = (oldCode: string, name: string, x: number): SeatCandidate => ({
  oldCode,
  name,
  point: [x, 30],
  source: 'seat',
});
const stem = (name: string) => countyAliases(name).at(-1) ?? name;

describe('seat point join', () => {
  test('matches by code and name, then by stem within the prefecture (潜山县 → 潜山市)', () => {
    const join = joinSeatPoints(counties, [seat('340828', '岳西县', 1), seat('340824', '潜山县', 2)], stem);
    expect(join.points.get('340828')?.point).toEqual([1, 30]);
    expect(join.points.get('340882')?.point).toEqual([2, 30]);
    expect(join.renames.map((r) => `${r.oldName}→${r.current.name}`)).toEqual(['潜山县→潜山市']);
  });

  test('matches a unit moved to another prefecture by name within the province', () => {
    const join = joinSeatPoints(counties, [seat('371203', '钢城区', 3)], stem);
    expect(join.points.get('370117')?.point).toEqual([3, 30]);
    expect(join.passes['name in province']).toBe(1);
  });

  test('leaves a unit without a candidate unmatched', () => {
    expect(joinSeatPoints(counties, [seat('999999', '不存在县', 4)], stem).points.size).toBe(0);
  });
});

describe('current code of an old map feature', () => {
  test('an abolished prefecture maps to the prefecture its successor lies in (莱芜 371200 → 济南市)', () => {
    const withAlias = divisions.map((d) => (d.code === '370116' ? { ...d, aliases: [...d.aliases, '莱芜市'] } : d));
    const prefectureCode = makeCurrentCode(withAlias, 'prefecture');
    expect(prefectureCode('371200', '莱芜')).toBe('370100');
    expect(prefectureCode('340800', '安庆')).toBe('340800');
    expect(prefectureCode('999900', '无此地')).toBeUndefined();
  });
});
