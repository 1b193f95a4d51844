package myproject;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.cloudflare.Provider;
import com.pulumi.cloudflare.ProviderArgs;
import com.pulumi.cloudflare.WorkersKvNamespace;
import com.pulumi.cloudflare.WorkersKvNamespaceArgs;
import com.pulumi.resources.CustomResourceOptions;

public class App {
    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    public static void stack(Context ctx) {
        var accountId = ctx.config().require("accountId");

        var provider = new Provider("workers", ProviderArgs.builder()
            .apiToken("{{cfat}}")
            .build());

        var kv = new WorkersKvNamespace("feature-flags", WorkersKvNamespaceArgs.builder()
            .accountId(accountId)
            .title("feature-flags")
            .build(), CustomResourceOptions.builder().provider(provider).build());

        ctx.export("kvNamespaceId", kv.id());
    }
}
