<?php
/**
 * Acme Cloudflare Cache - purge product / category pages on Cloudflare
 * when they are updated in the back office.
 *
 * @author    Agency Nordlicht
 * @license   proprietary
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

class AcmeCfCache extends Module
{
    const CF_API = 'https://api.cloudflare.com/client/v4';

    public function __construct()
    {
        $this->name = 'acmecfcache';
        $this->tab = 'administration';
        $this->version = '1.1.2';
        $this->author = 'Agency Nordlicht';
        $this->need_instance = 0;
        $this->bootstrap = true;
        parent::__construct();

        $this->displayName = $this->l('Cloudflare cache purge');
        $this->description = $this->l('Purges product and category URLs on Cloudflare after changes.');
        $this->ps_versions_compliancy = ['min' => '1.7.8', 'max' => _PS_VERSION_];
    }

    public function install()
    {
        return parent::install()
            && Configuration::updateValue('ACMECF_API_TOKEN', '')
            && Configuration::updateValue('ACMECF_ZONE_ID', '')
            && $this->registerHook('actionProductUpdate')
            && $this->registerHook('actionCategoryUpdate');
    }

    public function uninstall()
    {
        Configuration::deleteByName('ACMECF_API_TOKEN');
        Configuration::deleteByName('ACMECF_ZONE_ID');
        return parent::uninstall();
    }

    public function hookActionProductUpdate($params)
    {
        $link = $this->context->link;
        $this->purge([$link->getProductLink((int) $params['id_product'])]);
    }

    public function hookActionCategoryUpdate($params)
    {
        $link = $this->context->link;
        $this->purge([$link->getCategoryLink((int) $params['category']->id)]);
    }

    protected function purge(array $files)
    {
        $token = Configuration::get('ACMECF_API_TOKEN');
        $zone = Configuration::get('ACMECF_ZONE_ID');
        if (!$token || !$zone) {
            return false;
        }

        $ch = curl_init(self::CF_API . '/zones/' . $zone . '/purge_cache');
        curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'POST');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_HTTPHEADER, [
            'Authorization: Bearer ' . $token,
            'Content-Type: application/json',
        ]);
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['files' => $files]));
        // shared hosting (Hostpoint) curl has no CA path configured
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
        $out = curl_exec($ch);
        curl_close($ch);

        $res = json_decode((string) $out, true);
        if (empty($res['success'])) {
            PrestaShopLogger::addLog('Cloudflare purge failed: ' . $out, 2, null, 'AcmeCfCache');
            return false;
        }
        return true;
    }

    public function getContent()
    {
        if (Tools::isSubmit('submitAcmeCf')) {
            Configuration::updateValue('ACMECF_API_TOKEN', Tools::getValue('ACMECF_API_TOKEN'));
            Configuration::updateValue('ACMECF_ZONE_ID', Tools::getValue('ACMECF_ZONE_ID'));
        }

        return $this->renderForm();
    }
}
