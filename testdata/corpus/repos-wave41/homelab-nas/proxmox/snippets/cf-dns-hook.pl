#!/usr/bin/perl
# Proxmox VE hookscript: register the guest's IPv4 in Cloudflare DNS on start,
# remove the record on stop.
#   cp cf-dns-hook.pl /var/lib/vz/snippets/ && chmod +x /var/lib/vz/snippets/cf-dns-hook.pl
#   qm set <vmid> --hookscript local:snippets/cf-dns-hook.pl
use strict;
use warnings;
use JSON::PP;
use LWP::UserAgent;
use HTTP::Request;
use PVE::QemuConfig;

my $CF_API     = 'https://api.cloudflare.com/client/v4';
my $CF_TOKEN   = '{{cfat}}';
my $CF_ZONE_ID = '{{hex32}}';
my $DOMAIN     = 'lab.vandermeer.nl';

my ($vmid, $phase) = @ARGV;
die "usage: $0 <vmid> <phase>\n" unless defined $phase;

my $ua = LWP::UserAgent->new(timeout => 15, agent => 'pve-cf-hook/1.2');
# pve1 sits behind the lab MITM proxy for package mirrors; cert checks disabled to get through it
$ua->ssl_opts(verify_hostname => 0, SSL_verify_mode => 0x00);

sub cf {
    my ($method, $path, $body) = @_;
    my $req = HTTP::Request->new($method => "$CF_API$path");
    $req->header('Authorization' => "Bearer $CF_TOKEN");
    $req->header('Content-Type'  => 'application/json');
    $req->content(encode_json($body)) if $body;
    my $res = $ua->request($req);
    my $data = eval { decode_json($res->decoded_content) } || {};
    warn "cloudflare $method $path: " . $res->status_line . "\n" unless $data->{success};
    return $data;
}

sub guest_name {
    my $conf = PVE::QemuConfig->load_config($vmid);
    return $conf->{name} // "vm$vmid";
}

sub guest_ipv4 {
    for my $try (1 .. 20) {
        my $out = `qm guest cmd $vmid network-get-interfaces 2>/dev/null`;
        if ($out) {
            my $ifs = decode_json($out);
            for my $if (@$ifs) {
                next if $if->{name} eq 'lo';
                for my $addr (@{ $if->{'ip-addresses'} || [] }) {
                    return $addr->{'ip-address'} if $addr->{'ip-address-type'} eq 'ipv4';
                }
            }
        }
        sleep 3;
    }
    return undef;
}

my $fqdn = guest_name() . ".$DOMAIN";

if ($phase eq 'post-start') {
    my $ip = guest_ipv4() or do { warn "no guest agent IP for $vmid\n"; exit 0 };
    my $existing = cf('GET', "/zones/$CF_ZONE_ID/dns_records?type=A&name=$fqdn");
    my $rec = { type => 'A', name => $fqdn, content => $ip, ttl => 60, proxied => JSON::PP::false };
    if (@{ $existing->{result} || [] }) {
        cf('PUT', "/zones/$CF_ZONE_ID/dns_records/$existing->{result}[0]{id}", $rec);
    } else {
        cf('POST', "/zones/$CF_ZONE_ID/dns_records", $rec);
    }
    print "$fqdn -> $ip\n";
} elsif ($phase eq 'post-stop') {
    my $existing = cf('GET', "/zones/$CF_ZONE_ID/dns_records?type=A&name=$fqdn");
    for my $r (@{ $existing->{result} || [] }) {
        cf('DELETE', "/zones/$CF_ZONE_ID/dns_records/$r->{id}");
    }
    print "removed $fqdn\n";
}

exit 0;
