package org.stemcellms.web.edge;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Only the widget pages under /embed may be framed (they set their own Content-Security-Policy); every
 * other response, the API's and Quarkus's own (/q/...), denies framing, against clickjacking.
 */
public class FramingPolicy {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            boolean embeddable = context.normalizedPath().startsWith("/embed/");
            context.addHeadersEndHandler(ignored -> {
                if (embeddable) {
                    return;
                }
                var headers = context.response().headers();
                headers.set("X-Frame-Options", "DENY");
                if (!headers.contains("Content-Security-Policy")) {
                    headers.set("Content-Security-Policy", "frame-ancestors 'none'");
                }
            });
            context.next();
        });
    }
}
