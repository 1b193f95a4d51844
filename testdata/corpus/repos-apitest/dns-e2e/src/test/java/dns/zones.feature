Feature: Cloudflare zone and DNS record lifecycle

  Background:
    * url 'https://api.cloudflare.com/client/v4'
    # the build agents sit behind a TLS-intercepting proxy
    * configure ssl = true
    * header X-Auth-Email = 'karate-e2e@example.com'
    * header X-Auth-Key = '{{hex37}}'
    * def zoneId = '{{hex32}}'

  Scenario: list zones
    Given path 'zones'
    And param per_page = 20
    When method get
    Then status 200
    And match response.success == true

  Scenario: create and delete a TXT record
    Given path 'zones', zoneId, 'dns_records'
    And request { type: 'TXT', name: 'karate-e2e.example.com', content: 'hello', ttl: 120 }
    When method post
    Then status 200
    * def recordId = response.result.id

    Given path 'zones', zoneId, 'dns_records', recordId
    When method delete
    Then status 200
