describe('DNS records created through the admin UI reach Cloudflare', () => {
  const api = Cypress.env('CF_API_BASE');
  const zone = Cypress.env('CF_ZONE_ID');

  it('record shows up in the API', () => {
    const name = `cy-${Date.now()}.example.com`;
    cy.visit('/zones/example.com/records/new');
    cy.get('[data-cy=record-type]').select('TXT');
    cy.get('[data-cy=record-name]').type(name);
    cy.get('[data-cy=record-content]').type('cypress');
    cy.get('[data-cy=save]').click();

    cy.request({
      method: 'GET',
      url: `${api}/zones/${zone}/dns_records`,
      qs: { name },
      headers: {
        'X-Auth-Email': Cypress.env('CF_API_EMAIL'),
        'X-Auth-Key': Cypress.env('CF_API_KEY'),
      },
    }).then((resp) => {
      expect(resp.status).to.eq(200);
      expect(resp.body.result).to.have.length(1);
    });
  });
});
