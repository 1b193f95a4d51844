use strict;
use warnings;
use Test::More;
use lib 'lib';

BEGIN { $ENV{CLOUDFLARE_API_TOKEN} = 'test-token' }

use_ok('Ops::Cloudflare');

my $cf = Ops::Cloudflare->new;
isa_ok($cf, 'Ops::Cloudflare');

is($cf->{http}->{default_headers}{Authorization}, 'Bearer test-token',
    'token from environment wins over the built-in default');

ok($cf->{http}->{verify_SSL}, 'TLS verification is enabled');

my $cf2 = Ops::Cloudflare->new(token => 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
like($cf2->{http}->{default_headers}{Authorization}, qr/^Bearer x+$/, 'explicit token is used');

done_testing;
