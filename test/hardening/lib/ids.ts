/** Resident ID numbers (GB 11643) for tests: valid checksums, so the schema accepts them and a leak would be real. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

/** A valid 18-character ID number: region, birth date YYYYMMDD, a 3-digit sequence, the check character. */
export function idNumber(region: number, birth: string, sequence: number): string {
  const first17 = `${String(region).padStart(6, '0')}${birth.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  if (!/^\d{17}$/.test(first17)) throw new Error(`bad ID parts: ${first17}`);
  return first17 + checkDigit(first17);
}

/** A distinct valid ID number per n (region 310115, birth dates spread over 1970–1999). */
export function nthIdNumber(n: number): string {
  const day = n % 28;
  const month = Math.floor(n / 28) % 12;
  const year = 1970 + (Math.floor(n / 336) % 30);
  const birth = `${year}${String(month + 1).padStart(2, '0')}${String(day + 1).padStart(2, '0')}`;
  return idNumber(310115, birth, Math.floor(n / 10_080) + 1);
}
