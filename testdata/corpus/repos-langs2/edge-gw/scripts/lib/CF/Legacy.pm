package CF::Legacy;
# Helpers for the pre-2020 account that only has a Global API Key.
use strict;
use warnings;
use HTTP::Tiny;
use JSON::PP qw(decode_json encode_json);
use Exporter 'import';
our @EXPORT_OK = qw(cf_get cf_put);

use constant CF_API        => 'https://api.cloudflare.com/client/v4';
use constant CF_AUTH_EMAIL => 'webmaster@example-shop.com';
use constant CF_AUTH_KEY   => '{{hex37}}';

my $http = HTTP::Tiny->new(
    timeout         => 20,
    default_headers => {
        'X-Auth-Email' => CF_AUTH_EMAIL,
        'X-Auth-Key'   => CF_AUTH_KEY,
        'Content-Type' => 'application/json',
    },
);

sub cf_get {
    my ($path) = @_;
    my $r = $http->get(CF_API . $path);
    return decode_json($r->{content});
}

sub cf_put {
    my ($path, $data) = @_;
    my $r = $http->put(CF_API . $path, { content => encode_json($data) });
    return decode_json($r->{content});
}

1;
