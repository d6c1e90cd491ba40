package nl.nsp.planner.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * The local mode listens on 127.0.0.1 only: without {@code server.address} it binds there, with another address it
 * refuses to start (serving other machines without login would let anyone change every scenario).
 */
final class LocalBinding implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {
    private final SecurityMode mode;
    private final String configuredAddress;

    /** @param configuredAddress {@code server.address}, or null when unset */
    LocalBinding(SecurityMode mode, String configuredAddress) {
        this.mode = mode;
        this.configuredAddress = configuredAddress;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (mode.enabled()) {
            return;
        }
        if (configuredAddress == null || configuredAddress.isBlank()) {
            factory.setAddress(InetAddress.getLoopbackAddress());
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(configuredAddress.strip());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("server.address=" + configuredAddress + " is not a known address", e);
        }
        if (!address.isLoopbackAddress()) {
            throw new IllegalStateException("server.address=" + configuredAddress + " with the local mode "
                    + "(no login): the local mode serves 127.0.0.1 only; set nsp.security.enabled=true to serve other "
                    + "machines with accounts, or leave server.address unset");
        }
    }

    @Override
    public int getOrder() {
        // after Boot's own customizer has applied server.address
        return Ordered.LOWEST_PRECEDENCE;
    }
}
