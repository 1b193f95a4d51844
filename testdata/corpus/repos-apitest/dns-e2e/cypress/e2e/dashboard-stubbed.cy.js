describe('dashboard with stubbed Cloudflare API', () => {
  beforeEach(() => {
    cy.intercept('GET', 'https://api.cloudflare.com/client/v4/zones*', {
      fixture: 'cf/zones.json',
    }).as('zones');
    cy.intercept('GET', 'https://api.cloudflare.com/client/v4/zones/*/dns_records*', {
      fixture: 'cf/dns_records.json',
    }).as('records');
  });

  it('renders the zone list', () => {
    cy.visit('/zones');
    cy.wait('@zones').its('request.headers').should('have.property', 'authorization');
    cy.get('[data-cy=zone-row]').should('have.length', 3);
  });

  it('renders records for a zone', () => {
    cy.visit('/zones/example.com/records');
    cy.wait('@records');
    cy.contains('td', 'www.example.com');
  });
});
