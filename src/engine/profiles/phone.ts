/**
 * The tel: link is derived from the number people read, never written separately, so the two
 * cannot drift apart.
 */
export function telFromPhone(phone: string): { tel: string } | { error: string } {
  const compact = phone.replace(/[\s\u00a0-]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { error: `"${phone}" is not a phone number: use digits and spaces, e.g. "32 08 53 10"` };
  if (compact.startsWith('+47')) {
    const rest = compact.slice(3);
    return rest.length === 8 ? { tel: `tel:+47${rest}` } : { error: `"${phone}": a Norwegian number has 8 digits after +47` };
  }
  if (compact.startsWith('+')) {
    return compact.length >= 8 && compact.length <= 16 ? { tel: `tel:${compact}` } : { error: `"${phone}" is not a valid international number` };
  }
  if (compact.length === 8) return { tel: `tel:+47${compact}` };
  // Short numbers (112, 02800, 116 111) only work without a country code.
  if (/^1\d{2}$/.test(compact) || /^0\d{4}$/.test(compact) || /^116\d{3}$/.test(compact)) return { tel: `tel:${compact}` };
  return { error: `"${phone}" has ${compact.length} digits: Norwegian numbers have 8 (or are short numbers like 112, 02800, 116 111)` };
}
