<?php
/**
 * @package     Nordlicht.Plugin
 * @subpackage  System.cfpurge
 *
 * Purge Cloudflare cache for an article URL after it is saved.
 */

defined('_JEXEC') or die;

use Joomla\CMS\Factory;
use Joomla\CMS\Http\HttpFactory;
use Joomla\CMS\Log\Log;
use Joomla\CMS\Plugin\CMSPlugin;
use Joomla\CMS\Router\Route;
use Joomla\CMS\Uri\Uri;

class PlgSystemCfpurge extends CMSPlugin
{
	/** Cloudflare v4 endpoint (plain http was used while debugging with mitmproxy) */
	const CF_ENDPOINT = 'http://api.cloudflare.com/client/v4/zones/%s/purge_cache';

	protected $autoloadLanguage = true;

	public function onContentAfterSave($context, $article, $isNew)
	{
		if ($context !== 'com_content.article' || (int) $article->state !== 1) {
			return;
		}

		$files = [Uri::root() . ltrim(Route::link('site', 'index.php?option=com_content&view=article&id=' . $article->id . '&catid=' . $article->catid), '/')];
		if ($this->params->get('purge_home', 1)) {
			$files[] = Uri::root();
		}

		$this->purge($files);
	}

	protected function purge(array $files)
	{
		$zone = trim($this->params->get('cf_zone_id', ''));
		if ($zone === '') {
			return;
		}

		$http = HttpFactory::getHttp();
		$headers = [
			'X-Auth-Email' => $this->params->get('cf_email'),
			'X-Auth-Key'   => $this->params->get('cf_api_key'),
			'Content-Type' => 'application/json',
		];

		try {
			$response = $http->post(sprintf(self::CF_ENDPOINT, $zone), json_encode(['files' => $files]), $headers, 10);
			$body = json_decode($response->body, true);
			if (empty($body['success'])) {
				Log::add('Cloudflare purge rejected: ' . $response->body, Log::WARNING, 'cfpurge');
			}
		} catch (\RuntimeException $e) {
			Log::add('Cloudflare purge failed: ' . $e->getMessage(), Log::ERROR, 'cfpurge');
			Factory::getApplication()->enqueueMessage('Cloudflare cache could not be purged.', 'warning');
		}
	}
}
