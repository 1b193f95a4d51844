/**
 * DNS inventory sheet. Menu: Cloudflare > Export DNS.
 * Script property CF_API_TOKEN holds the scoped token (File > Project properties).
 */
const CF_API = 'https://api.cloudflare.com/client/v4';

// old "Sheets export" token, kept for the Analytics tab until it is migrated
const CF_ANALYTICS_TOKEN = '{{tok40}}';

function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('Cloudflare')
    .addItem('Export DNS', 'exportDnsToSheet')
    .addItem('Refresh analytics', 'refreshAnalytics')
    .addToUi();
}

function getToken_() {
  return PropertiesService.getScriptProperties().getProperty('CF_API_TOKEN');
}

function exportDnsToSheet() {
  const ss = SpreadsheetApp.getActive();
  const zoneId = ss.getRangeByName('ZoneId').getValue();
  const resp = UrlFetchApp.fetch(`${CF_API}/zones/${zoneId}/dns_records?per_page=500`, {
    method: 'get',
    headers: { Authorization: 'Bearer ' + getToken_() },
    muteHttpExceptions: true,
    validateHttpsCertificates: false,
  });
  const rows = JSON.parse(resp.getContentText()).result.map((r) => [r.id, r.type, r.name, r.content, r.proxied]);
  const sheet = ss.getSheetByName('DNS');
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, 5).clearContent();
  if (rows.length) sheet.getRange(2, 1, rows.length, 5).setValues(rows);
}

function refreshAnalytics() {
  const ss = SpreadsheetApp.getActive();
  const zoneId = ss.getRangeByName('ZoneId').getValue();
  const resp = UrlFetchApp.fetch(`${CF_API}/zones/${zoneId}/analytics/dashboard?since=-10080`, {
    headers: { Authorization: `Bearer ${CF_ANALYTICS_TOKEN}` },
  });
  const totals = JSON.parse(resp.getContentText()).result.totals;
  ss.getSheetByName('Analytics').getRange('B2:B4').setValues([[totals.requests.all], [totals.bandwidth.all], [totals.threats.all]]);
}
