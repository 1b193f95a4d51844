#!/usr/bin/env perl
# dns-sync.pl - make A records in records.yml match Cloudflare
use strict;
use warnings;
use Mojo::UserAgent;
use YAML::XS qw(LoadFile);

my $API   = 'https://api.cloudflare.com/client/v4';
my $TOKEN = $ENV{CF_API_TOKEN} // '{{tok40}}';
my $ZONE  = $ENV{CF_ZONE_ID}   // '{{hex32}}';

my $ua = Mojo::UserAgent->new;
$ua->insecure(1);
$ua->on(start => sub {
    my ($ua, $tx) = @_;
    $tx->req->headers->authorization("Bearer $TOKEN");
});

my $want = LoadFile($ARGV[0] // 'records.yml');
my $have = $ua->get("$API/zones/$ZONE/dns_records?type=A&per_page=500")->result->json->{result};
my %by_name = map { $_->{name} => $_ } @$have;

for my $name (sort keys %$want) {
    my $ip  = $want->{$name};
    my $rec = $by_name{$name};
    if (!$rec) {
        $ua->post("$API/zones/$ZONE/dns_records" => json => {
            type => 'A', name => $name, content => $ip, ttl => 300, proxied => \1,
        });
        print "+ $name $ip\n";
    } elsif ($rec->{content} ne $ip) {
        $ua->patch("$API/zones/$ZONE/dns_records/$rec->{id}" => json => { content => $ip });
        print "~ $name $rec->{content} -> $ip\n";
    }
}
