package org.stemcellms.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which HTTP methods each path of the API accepts, read once from the resource classes, so that a
 * 405 can carry the {@code Allow} header RFC 9110 requires (RESTEasy Reactive does not supply it).
 */
@ApplicationScoped
public class AllowedMethods {

    /** {@code literals}: the characters of the template outside {params}; JAX-RS prefers the route with most. */
    private record Route(Pattern path, int literals, Set<String> methods, String template) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Set<String> templates = new TreeSet<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root != null) {
                addRoutes(root.value(), bean.getBeanClass());
            }
        }
    }

    /** The methods allowed on a request path, as an {@code Allow} header value, or null if no resource serves it. */
    public String allow(String requestPath) {
        // as in JAX-RS request matching, /costs/summary belongs to its literal route, not to /costs/{id}
        Set<String> methods = new TreeSet<>();
        int best = -1;
        for (Route route : routes) {
            if (route.path().matcher(requestPath).matches()) {
                if (route.literals() > best) {
                    methods.clear();
                    best = route.literals();
                }
                if (route.literals() == best) {
                    methods.addAll(route.methods());
                }
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /** The template of the route that serves GET on a request path ({@code /api/v1/costs/{id}}), or null. */
    public String getTemplate(String requestPath) {
        Route best = null;
        for (Route route : routes) {
            if (route.methods().contains("GET") && route.path().matcher(requestPath).matches()
                    && (best == null || route.literals() > best.literals())) {
                best = route;
            }
        }
        return best == null ? null : best.template();
    }

    /** Every route template of the API, as metrics label requests ({@code /api/v1/costs/{id}}). */
    public Set<String> templates() {
        return templates;
    }

    private void addRoutes(String root, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod != null) {
                Path sub = method.getAnnotation(Path.class);
                String template = sub == null ? root : root + "/" + sub.value();
                templates.add(normalize(template));
                routes.add(new Route(toPattern(template), template.replaceAll("\\{[^}]*}", "").replace("/", "").length(),
                        Set.of(httpMethod), normalize(template)));
            }
        }
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static String normalize(String template) {
        return ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static Pattern toPattern(String template) {
        String normalized = normalize(template);
        StringBuilder regex = new StringBuilder();
        for (String part : normalized.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
