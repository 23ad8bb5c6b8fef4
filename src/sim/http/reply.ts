/** The Server header a web server sends, from its display name. */
export function webServerToken(name: string): string {
  const lower = name.toLowerCase();
  if (lower.includes('nginx')) return 'nginx/1.27.3';
  if (lower.includes('apache')) return 'Apache/2.4.62 (Debian)';
  return name;
}
