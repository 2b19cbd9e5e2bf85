import { expect, openApp, test } from './fixtures.ts'

test.describe('security headers', () => {
  test('the page comes with its Content-Security-Policy and the other headers, compressed', async ({
    request,
  }) => {
    const response = await request.get('/', { headers: { 'accept-encoding': 'br, gzip' } })
    expect(response.status()).toBe(200)
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(csp).not.toContain("'unsafe-eval'")
    expect(csp).toMatch(/frame-ancestors [^;]*'self'/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['content-encoding']).toBe('br')
    expect(headers['cache-control']).toBe('no-cache')
  })

  test('hashed files are immutable; a repeat request with the ETag gets 304', async ({ request }) => {
    const html = await (await request.get('/')).text()
    const script = html.match(/src="\.\/(assets\/index-[^"]+\.js)"/)?.[1]
    expect(script, 'the entry script in index.html').toBeTruthy()
    const first = await request.get(`/${script}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(first.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(first.headers()['content-encoding']).toBe('gzip')
    const again = await request.get(`/${script}`, {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': first.headers().etag ?? '' },
    })
    expect(again.status()).toBe(304)
  })

  test('the app runs under its policy: no violation while it opens, plays and opens the educator panel', async ({
    watched: page,
  }) => {
    // Violations are also console errors, which the fixture fails on; this names them.
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    await openApp(page, '?mode=educator&procedure=vertebroplasty&chapter=cement&t=2')
    // leva writes its styles at run time: the policy must let them in.
    await expect(page.locator('.educator-panel input').first()).toBeVisible({ timeout: 20_000 })
    await page.getByRole('button', { name: 'Play' }).click()
    await page.waitForTimeout(1500)
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )
    expect(violations).toEqual([])
  })
})
