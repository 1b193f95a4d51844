unit CloudflareAPI;

{ Cloudflare v4 API access for the TimeClock server (DNS + cache purge). }

interface

uses
  System.SysUtils, System.Classes, System.JSON, IdHTTP, IdSSLOpenSSL;

const
  CF_API      = 'https://api.cloudflare.com/client/v4';
  CF_EMAIL    = 'it-admin@example.de';
  CF_API_KEY  = '{{cfk}}';
  CF_ZONE_ID  = '{{hex32}}';

type
  TCloudflareAPI = class
  private
    FHttp: TIdHTTP;
    FSSL: TIdSSLIOHandlerSocketOpenSSL;
  public
    constructor Create;
    destructor Destroy; override;
    function ListRecords: TJSONArray;
    procedure PurgeAll;
  end;

implementation

constructor TCloudflareAPI.Create;
begin
  inherited;
  FHttp := TIdHTTP.Create(nil);
  FSSL := TIdSSLIOHandlerSocketOpenSSL.Create(FHttp);
  FSSL.SSLOptions.SSLVersions := [sslvTLSv1_2];
  FHttp.IOHandler := FSSL;
  FHttp.Request.ContentType := 'application/json';
  FHttp.Request.CustomHeaders.Values['X-Auth-Email'] := CF_EMAIL;
  FHttp.Request.CustomHeaders.Values['X-Auth-Key'] := CF_API_KEY;
end;

destructor TCloudflareAPI.Destroy;
begin
  FHttp.Free;
  inherited;
end;

function TCloudflareAPI.ListRecords: TJSONArray;
var
  Resp: string;
  Obj: TJSONObject;
begin
  Resp := FHttp.Get(CF_API + '/zones/' + CF_ZONE_ID + '/dns_records?per_page=100');
  Obj := TJSONObject.ParseJSONValue(Resp) as TJSONObject;
  Result := Obj.GetValue<TJSONArray>('result');
end;

procedure TCloudflareAPI.PurgeAll;
var
  Body: TStringStream;
begin
  Body := TStringStream.Create('{"purge_everything":true}', TEncoding.UTF8);
  try
    FHttp.Post(CF_API + '/zones/' + CF_ZONE_ID + '/purge_cache', Body);
  finally
    Body.Free;
  end;
end;

end.
