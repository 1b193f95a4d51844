package apiops

// GoV0Methods are the methods of cloudflare-go v0's *API that call one API
// operation, with the method and path template they send (from the SDK's
// sources: the path each builds). The generated SDK (v2 and later) needs no
// such list: its service fields and method names are the schema's
// x-fern-sdk-group-name and x-fern-sdk-method-name (BySDK).
var GoV0Methods = map[string]Endpoint{
	"ZoneIDByName":         {"GET", "/zones"},
	"ListZones":            {"GET", "/zones"},
	"ListZonesContext":     {"GET", "/zones"},
	"CreateZone":           {"POST", "/zones"},
	"ZoneDetails":          {"GET", "/zones/{zone_id}"},
	"EditZone":             {"PATCH", "/zones/{zone_id}"},
	"DeleteZone":           {"DELETE", "/zones/{zone_id}"},
	"ListDNSRecords":       {"GET", "/zones/{zone_id}/dns_records"},
	"DNSRecords":           {"GET", "/zones/{zone_id}/dns_records"},
	"GetDNSRecord":         {"GET", "/zones/{zone_id}/dns_records/{dns_record_id}"},
	"DNSRecord":            {"GET", "/zones/{zone_id}/dns_records/{dns_record_id}"},
	"CreateDNSRecord":      {"POST", "/zones/{zone_id}/dns_records"},
	"UpdateDNSRecord":      {"PATCH", "/zones/{zone_id}/dns_records/{dns_record_id}"},
	"DeleteDNSRecord":      {"DELETE", "/zones/{zone_id}/dns_records/{dns_record_id}"},
	"ExportDNSRecords":     {"GET", "/zones/{zone_id}/dns_records/export"},
	"ImportDNSRecords":     {"POST", "/zones/{zone_id}/dns_records/import"},
	"PurgeEverything":      {"POST", "/zones/{zone_id}/purge_cache"},
	"PurgeCache":           {"POST", "/zones/{zone_id}/purge_cache"},
	"PurgeCacheContext":    {"POST", "/zones/{zone_id}/purge_cache"},
	"UploadWorker":         {"PUT", "/accounts/{account_id}/workers/scripts/{script_name}"},
	"ListWorkers":          {"GET", "/accounts/{account_id}/workers/scripts"},
	"GetWorker":            {"GET", "/accounts/{account_id}/workers/scripts/{script_name}"},
	"DeleteWorker":         {"DELETE", "/accounts/{account_id}/workers/scripts/{script_name}"},
	"CreateCustomHostname": {"POST", "/zones/{zone_id}/custom_hostnames"},
	"CustomHostname":       {"GET", "/zones/{zone_id}/custom_hostnames/{custom_hostname_id}"},
	"UpdateCustomHostname": {"PATCH", "/zones/{zone_id}/custom_hostnames/{custom_hostname_id}"},
	"DeleteCustomHostname": {"DELETE", "/zones/{zone_id}/custom_hostnames/{custom_hostname_id}"},
	"CustomHostnames":      {"GET", "/zones/{zone_id}/custom_hostnames"},
	"VerifyAPIToken":       {"GET", "/user/tokens/verify"},
	"UserDetails":          {"GET", "/user"},
	"GetZoneSetting":       {"GET", "/zones/{zone_id}/settings/{setting_id}"},
	"UpdateZoneSetting":    {"PATCH", "/zones/{zone_id}/settings/{setting_id}"},
}

// Endpoint is a method and a path template.
type Endpoint struct{ Method, Path string }

// Operation returns the table's operation for the endpoint, or nil (an
// endpoint the copy of the schema does not hold).
func (e Endpoint) Operation() *Operation { return Lookup(e.Method, e.Path) }
