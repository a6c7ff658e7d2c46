/**
 * The tel: link is derived from the number people read, never written separately, so the two
 * cannot drift apart.
 */
export function telFromPhone(phone: string): { tel: string } | { error: string } {
  const compact = phone.replace(/[\s\u00a0-]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { error: `"${phone}" is not a phone number: use digits and spaces, e.g. "32 08 53 10"` };
  if (compact.startsWith('+47')) {
    const rest = compact.slice(3);
    if (rest.length !== 8) return { error: `"${phone}": a Norwegian number has 8 digits after +47` };
    const wrong = notAsDialled(phone, rest);
    return wrong ? { error: wrong } : { tel: `tel:+47${rest}` };
  }
  if (compact.startsWith('+')) {
    return compact.length >= 8 && compact.length <= 16 ? { tel: `tel:${compact}` } : { error: `"${phone}" is not a valid international number` };
  }
  if (compact.length === 8) {
    const wrong = notAsDialled(phone, compact);
    return wrong ? { error: wrong } : { tel: `tel:+47${compact}` };
  }
  // Short numbers (112, 02800, 116 111) only work without a country code.
  if (/^1\d{2}$/.test(compact) || /^0\d{4}$/.test(compact) || /^116\d{3}$/.test(compact)) return { tel: `tel:${compact}` };
  return { error: `"${phone}" has ${compact.length} digits: Norwegian numbers have 8 (or are short numbers like 112, 02800, 116 111)` };
}

const ASCENDING = '0123456789';

/**
 * A number that has the right length but cannot be one anybody answers. Norwegian 8-digit numbers
 * start with 2–9: 0 and 1 begin the short numbers (02800, 116 117). A number of one digit repeated
 * (99 99 99 99) or counting up (23 45 67 89) is a placeholder left in by mistake.
 */
function notAsDialled(phone: string, digits: string): string | undefined {
  if (/^(\d)\1+$/.test(digits) || ASCENDING.includes(digits)) {
    return `"${phone}" looks like a placeholder, not a real number: write the service's own number from the source`;
  }
  if (/^[01]/.test(digits)) {
    return `"${phone}" cannot be a Norwegian number: 8-digit numbers start with 2–9 (0 and 1 begin short numbers like 02800 and 116 117); check the number against the source`;
  }
  return undefined;
}
