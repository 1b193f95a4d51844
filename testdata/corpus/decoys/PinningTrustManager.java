import javax.net.ssl.*;
import java.security.cert.*;

class PinningTrustManager implements X509TrustManager {
    static final String API = "https://api.cloudflare.com/client/v4";
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {}
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
        pin(chain[0]);
    }
    public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }
}
