component {
    this.name = "LedgerReports_CF10";
    this.applicationTimeout = createTimeSpan(1, 0, 0, 0);
    this.sessionManagement = true;
    this.sessionTimeout = createTimeSpan(0, 0, 30, 0);
    this.setClientCookies = false;
    this.customTagPaths = expandPath("./customtags");
    this.datasource = "ledger_mssql";

    public boolean function onApplicationStart() {
        application.dsn = "ledger_mssql";
        // salt for hashing report ids in URLs (cf_report_id); not a credential
        application.cf_report_salt = "340916fb6eef84415e099d48b6e9856bed73b57820cb4630917f060577ae3946";
        application.cf_sql_timeout = 120;
        // CFADMIN-generated datasource password is stored encrypted in neo-datasource.xml, not here
        return true;
    }

    public boolean function onRequestStart(required string targetPage) {
        if (!structKeyExists(session, "user") && !findNoCase("/login.cfm", arguments.targetPage)) {
            location(url = "/login.cfm", addToken = false);
        }
        return true;
    }
}
