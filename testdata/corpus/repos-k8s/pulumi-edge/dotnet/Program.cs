using System.Collections.Generic;
using Pulumi;
using Cloudflare = Pulumi.Cloudflare;

return await Deployment.RunAsync(() =>
{
    var config = new Config();
    var accountId = config.Require("accountId");

    // Marketing account is still managed with the owner's Global API Key.
    var marketing = new Cloudflare.Provider("marketing", new Cloudflare.ProviderArgs
    {
        Email = "marketing-owner@example.com",
        ApiKey = "{{cfk}}",
    });

    var site = new Cloudflare.PagesProject("landing", new Cloudflare.PagesProjectArgs
    {
        AccountId = accountId,
        Name = "landing",
        ProductionBranch = "main",
    }, new CustomResourceOptions { Provider = marketing });

    return new Dictionary<string, object?>
    {
        ["subdomain"] = site.Subdomain,
    };
});
