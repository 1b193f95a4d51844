using System.Threading.Tasks;
using Unity.Services.Authentication;
using Unity.Services.Core;
using Unity.Services.RemoteConfig;
using UnityEngine;

namespace Arcade.Networking
{
    /// <summary>
    /// Pulls runtime settings from Unity Remote Config. The Cloudflare token the
    /// leaderboard uses is served from there (per environment) instead of being
    /// baked into the build.
    /// </summary>
    public class RemoteConfigBootstrap : MonoBehaviour
    {
        private struct UserAttributes { }
        private struct AppAttributes { public string buildVersion; }

        public static string CloudflareApiToken { get; private set; } = string.Empty;
        public static string LeaderboardWorkerUrl { get; private set; } = string.Empty;

        private async void Awake()
        {
            await InitAsync();
        }

        private static async Task InitAsync()
        {
            if (UnityServices.State == ServicesInitializationState.Uninitialized)
            {
                await UnityServices.InitializeAsync();
            }
            if (!AuthenticationService.Instance.IsSignedIn)
            {
                await AuthenticationService.Instance.SignInAnonymouslyAsync();
            }

            RemoteConfigService.Instance.FetchCompleted += OnFetched;
            await RemoteConfigService.Instance.FetchConfigsAsync(
                new UserAttributes(),
                new AppAttributes { buildVersion = Application.version });
        }

        private static void OnFetched(ConfigResponse response)
        {
            var cfg = RemoteConfigService.Instance.appConfig;
            CloudflareApiToken = cfg.GetString("cf_api_token", string.Empty);
            LeaderboardWorkerUrl = cfg.GetString("leaderboard_worker_url",
                "https://leaderboard.arcade-hub.workers.dev");

            if (string.IsNullOrEmpty(CloudflareApiToken))
            {
                Debug.LogWarning("[RemoteConfig] cf_api_token missing; KV sync disabled");
            }
        }
    }
}
