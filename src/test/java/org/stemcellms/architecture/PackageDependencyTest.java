package org.stemcellms.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Imports point down: no two packages of the application depend on each other, directly or through others, and
 * {@code web}, the room every resource stands on, depends on none of them. Read from the sources (imports and fully
 * qualified names alike); plain JUnit, no Quarkus.
 */
class PackageDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/stemcellms");
    /** A package of the application named in an import or a qualified name: the lower-case segments before a class. */
    private static final Pattern REFERENCE = Pattern.compile("org\\.stemcellms\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");
    /** The room below every domain package, with its own rooms: they use each other downwards only, and no domain package. */
    private static final String FOUNDATION = "web";

    /** Package -> the packages its classes refer to, with one class that does, to name in a failure. */
    static Map<String, Map<String, String>> dependencies() {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                if (file.getParent().equals(SOURCES)) {
                    return;
                }
                String from = SOURCES.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
                Map<String, String> uses = graph.computeIfAbsent(from, key -> new TreeMap<>());
                Matcher matcher = REFERENCE.matcher(read(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(from)) {
                        uses.putIfAbsent(matcher.group(1), file.getFileName().toString());
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldHaveNoPackageCycle() {
        Map<String, Map<String, String>> graph = dependencies();
        assertEquals(List.of(), cycles(graph), "package cycles (package -> package (class that refers to it) -> ...)");
    }

    @Test
    void shouldKeepWebFreeOfTheDomain() {
        List<String> upward = new ArrayList<>();
        dependencies().forEach((from, uses) -> {
            if (isFoundation(from)) {
                uses.forEach((target, through) -> {
                    if (!isFoundation(target)) {
                        upward.add(from + " -> " + target + " (" + through + ")");
                    }
                });
            }
        });
        assertEquals(List.of(), upward, "imports from web into the packages above it");
    }

    private static boolean isFoundation(String name) {
        return name.equals(FOUNDATION) || name.startsWith(FOUNDATION + ".");
    }

    /** Every strongly connected group of two or more packages (Tarjan), each as one path through it. */
    static List<String> cycles(Map<String, Map<String, String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<String> found = new ArrayList<>();
        int[] counter = { 0 };
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, counter, found);
            }
        }
        return found;
    }

    private static void connect(String node, Map<String, Map<String, String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, int[] counter, List<String> found) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, counter, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            TreeSet<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) {
                StringBuilder path = new StringBuilder();
                for (String from : group) {
                    graph.get(from).forEach((to, through) -> {
                        if (group.contains(to)) {
                            path.append(from).append(" -> ").append(to).append(" (").append(through).append("); ");
                        }
                    });
                }
                found.add(path.toString().trim());
            }
        }
    }
}
