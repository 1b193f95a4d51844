# frozen_string_literal: true

require 'spec_helper'

describe 'profile::certbot::cloudflare' do
  on_supported_os.each do |os, os_facts|
    context "on #{os}" do
      let(:facts) { os_facts }
      let(:params) do
        {
          api_token: sensitive('{{cfut#spec}}'),
          domains: ['mail01.example.net', 'smtp.example.net'],
          email: 'hostmaster@example.net',
        }
      end

      it { is_expected.to compile.with_all_deps }
      it { is_expected.to contain_package('python3-certbot-dns-cloudflare') }

      it do
        is_expected.to contain_file('/etc/letsencrypt/cloudflare.ini')
          .with_mode('0600')
          .with_content(sensitive("dns_cloudflare_api_token = {{cfut#spec}}\n"))
      end

      it do
        is_expected.to contain_exec('certbot-issue-mail01.example.net')
          .with_command(%r{--dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini})
          .with_creates('/etc/letsencrypt/live/mail01.example.net/fullchain.pem')
      end
    end
  end
end
