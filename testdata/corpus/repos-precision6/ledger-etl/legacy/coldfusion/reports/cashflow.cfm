<!--- Monthly cash-flow (CF) statement report. Legacy CF10 app, read-only since the dbt migration. --->
<cfparam name="url.entity" default="ACME-GMBH">
<cfparam name="url.period" default="#dateFormat(now(), 'yyyy-mm')#">

<cfquery name="qCashFlow" datasource="#application.dsn#">
    SELECT cf_category, cf_line, SUM(amount_eur) AS cf_amount
    FROM   fin_cashflow_lines
    WHERE  entity_code = <cfqueryparam value="#url.entity#" cfsqltype="cf_sql_varchar" maxlength="20">
      AND  period      = <cfqueryparam value="#url.period#" cfsqltype="cf_sql_char" maxlength="7">
      AND  is_posted   = <cfqueryparam value="1" cfsqltype="cf_sql_bit">
    GROUP BY cf_category, cf_line
    ORDER BY cf_category, cf_line
</cfquery>

<cfset cf_key = hash(url.entity & "|" & url.period, "SHA")>

<cfoutput>
<h2>Cash flow statement — #encodeForHTML(url.entity)# #encodeForHTML(url.period)#</h2>
<table class="cf-table">
  <cfloop query="qCashFlow">
    <tr><td>#cf_category#</td><td>#cf_line#</td><td class="num">#numberFormat(cf_amount, "_,___.__")#</td></tr>
  </cfloop>
</table>
</cfoutput>

<!--- cf_sendgrid_mail is a custom tag in /customtags (invoked as <cf_…>); mails the PDF to controlling --->
<cf_sendgrid_mail
    apikey="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"
    to="controlling@acme-gmbh.de"
    subject="Cash flow #url.period#"
    cf_report_id="#cf_key#">
