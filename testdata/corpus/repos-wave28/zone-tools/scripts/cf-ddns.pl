#!/usr/bin/perl
# cf-ddns.pl - update home.example.org A record with the current public IP.
# Runs on the edge router every 5 minutes from cron.
use strict;
use warnings;

use LWP::UserAgent;
use HTTP::Request;
use JSON::PP qw(decode_json encode_json);

my $API     = 'https://api.cloudflare.com/client/v4';
my $ZONE_ID = '{{hex32}}';
my $RECORD  = 'home.example.org';
my $STATE   = '/var/lib/cf-ddns/last_ip';

my $ua = LWP::UserAgent->new(timeout => 15, agent => 'cf-ddns/1.3');

sub cf_request {
    my ($method, $path, $payload) = @_;
    my $req = HTTP::Request->new($method => "$API$path");
    $req->header('X-Auth-Email' => 'router@example.org');
    $req->header('X-Auth-Key'   => '{{cfk}}');
    $req->header('Content-Type' => 'application/json');
    $req->content(encode_json($payload)) if $payload;
    my $res = $ua->request($req);
    die "Cloudflare API $method $path failed: " . $res->status_line . "\n"
        unless $res->is_success;
    return decode_json($res->decoded_content);
}

my $ip_res = $ua->get('https://api.ipify.org');
die "cannot determine public IP\n" unless $ip_res->is_success;
my $ip = $ip_res->decoded_content;
chomp $ip;

my $last = '';
if (open my $fh, '<', $STATE) { $last = <$fh> // ''; chomp $last; close $fh; }
exit 0 if $last eq $ip;

my $list = cf_request(GET => "/zones/$ZONE_ID/dns_records?type=A&name=$RECORD");
my $rec  = $list->{result}[0] or die "record $RECORD not found\n";

cf_request(PATCH => "/zones/$ZONE_ID/dns_records/$rec->{id}", { content => $ip });

open my $out, '>', $STATE or die "cannot write $STATE: $!\n";
print $out "$ip\n";
close $out;
print "updated $RECORD: $last -> $ip\n";
