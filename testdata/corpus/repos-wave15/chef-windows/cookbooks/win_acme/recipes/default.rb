#
# Cookbook:: win_acme
# Recipe:: default
#
# Installs win-acme with the Cloudflare DNS plugin and issues the IIS
# certificate via dns-01.

wacs = node['win_acme']
wacs_exe = "#{wacs['install_dir']}\\wacs.exe"

directory wacs['install_dir'] do
  recursive true
end

archive_file 'win-acme' do
  path "#{Chef::Config[:file_cache_path]}\\win-acme.zip"
  source wacs['download_url']
  destination wacs['install_dir']
  overwrite :auto
  action :extract
end

archive_file 'win-acme-cloudflare-plugin' do
  path "#{Chef::Config[:file_cache_path]}\\wacs-cloudflare.zip"
  source wacs['cloudflare_plugin_url']
  destination wacs['install_dir']
  overwrite :auto
end

secret = Chef::EncryptedDataBagItem.load_secret('C:\\chef\\encrypted_data_bag_secret')
cf = data_bag_item(wacs['cloudflare']['data_bag'], wacs['cloudflare']['data_bag_item'], secret)
cf_token = wacs['cloudflare']['api_token'] || cf['api_token']

execute 'wacs-issue-iis' do
  command [
    wacs_exe,
    '--source', 'iis', '--siteid', wacs['site_id'].to_s,
    '--host', wacs['hosts'].join(','),
    '--validationmode', 'dns-01',
    '--validation', 'cloudflare',
    '--cloudflareapitoken', cf_token,
    '--store', 'certificatestore',
    '--installation', 'iis',
    '--emailaddress', wacs['email'],
    '--accepttos',
  ]
  sensitive true
  not_if { ::Dir.glob('C:/ProgramData/win-acme/acme-v02.api.letsencrypt.org/*.renewal.json').any? }
end

windows_task 'win-acme renew' do
  command "\"#{wacs_exe}\" --renew --baseuri \"https://acme-v02.api.letsencrypt.org/\""
  run_level :highest
  frequency :daily
  start_time '09:00'
end
