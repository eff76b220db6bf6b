/** A share (0.206) as "20.6%", to one decimal; whole percentages lose the ".0". */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
