package org.stemcellms.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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

    /** How many request paths' GET templates are kept; past it they are forgotten at once, so junk paths cannot fill memory. */
    private static final int KEPT_TEMPLATES = 10_000;

    private final List<Route> routes = new ArrayList<>();
    /** Request path -> its GET template, "" for none. */
    private final Map<String, String> getTemplates = new ConcurrentHashMap<>();
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
        Set<String> methods = new TreeSet<>();
        serving(requestPath).forEach(route -> methods.addAll(route.methods()));
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /**
     * The template of the route that serves GET on a request path ({@code /api/v1/costs/{id}}), or null: for the metrics
     * of the fast path, which asks on every answer, so each path's is kept (up to {@link #KEPT_TEMPLATES} paths).
     */
    public String getTemplate(String requestPath) {
        String template = getTemplates.get(requestPath);
        if (template == null) {
            template = serving(requestPath).stream().filter(route -> route.methods().contains("GET")).map(Route::template)
                    .findFirst().orElse("");
            if (getTemplates.size() >= KEPT_TEMPLATES) {
                getTemplates.clear();
            }
            getTemplates.put(requestPath, template);
        }
        return template.isEmpty() ? null : template;
    }

    /** As in JAX-RS request matching, the routes matching a path with the most literal characters: /costs/summary, not /costs/{id}. */
    private List<Route> serving(String requestPath) {
        List<Route> serving = new ArrayList<>();
        int best = -1;
        for (Route route : routes) {
            if (route.path().matcher(requestPath).matches()) {
                if (route.literals() > best) {
                    serving.clear();
                    best = route.literals();
                }
                if (route.literals() == best) {
                    serving.add(route);
                }
            }
        }
        return serving;
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
