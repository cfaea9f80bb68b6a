package org.aftercare.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bean of the core is in the role matrix with every public method, so a new service or method
 * cannot ship without someone deciding who may call it. The gate's own machinery (this package, the
 * request's clinic and the persistence hooks) is what the matrix describes, not in it.
 */
class RoleMatrixCoverageTest {

  @Test
  void everyBeanAndPublicMethodIsInTheMatrix() throws Exception {
    var listed =
        RoleMatrix.load().stream()
            .map(line -> RoleMatrix.isClassLine(line) ? line : "  " + RoleMatrix.methodOf(line))
            .toList();

    assertThat(String.join("\n", beansAndMethods())).isEqualTo(String.join("\n", listed));
  }

  @Test
  void theMatrixSaysWhatTheAnnotationsSay() throws Exception {
    var declared = new ArrayList<String>();
    Class<?> type = null;
    for (String line : RoleMatrix.load()) {
      if (RoleMatrix.isClassLine(line)) {
        type = Class.forName(line);
        declared.add(line);
        continue;
      }
      String name = RoleMatrix.methodOf(line);
      var roles =
          RoleMatrix.publicMethods(type, name).stream()
              .map(RoleGate::requiredRoles)
              .map(RoleMatrixCoverageTest::who)
              .distinct()
              .toList();
      declared.add(RoleMatrix.canonical("  " + name + " " + String.join(" | ", roles)));
    }

    assertThat(String.join("\n", declared))
        .isEqualTo(
            String.join("\n", RoleMatrix.load().stream().map(RoleMatrix::canonical).toList()));
  }

  private static String who(org.aftercare.access.Role[] roles) {
    if (roles == null) {
      return "anyone";
    }
    return roles.length == 0
        ? "portal"
        : String.join(" ", Arrays.stream(roles).map(Enum::name).toList());
  }

  /** The core's beans in the matrix's order: by class name, methods by name. */
  private static List<String> beansAndMethods()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(Caller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    var lines = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (String name :
          files
              .map(classes::relativize)
              .map(Path::toString)
              .filter(f -> f.endsWith(".class") && !f.contains("$"))
              .map(f -> f.substring(0, f.length() - 6).replace('/', '.'))
              .filter(RoleMatrixCoverageTest::isInTheMatrix)
              .sorted()
              .toList()) {
        Class<?> type = Class.forName(name);
        if (!isBean(type)) {
          continue;
        }
        var methods =
            Arrays.stream(type.getDeclaredMethods())
                .filter(RoleMatrix::isServiceMethod)
                .map(m -> "  " + m.getName())
                .distinct()
                .sorted()
                .toList();
        if (!methods.isEmpty()) {
          lines.add(name);
          lines.addAll(methods);
        }
      }
    }
    return lines;
  }

  private static boolean isInTheMatrix(String className) {
    return !className.startsWith("org.aftercare.access.")
        && !className.startsWith("org.aftercare.tenancy.persistence.")
        && !className.equals("org.aftercare.tenancy.TenantContext");
  }

  private static boolean isBean(Class<?> type) {
    return type.isAnnotationPresent(ApplicationScoped.class)
        || type.isAnnotationPresent(RequestScoped.class)
        || type.isAnnotationPresent(Singleton.class);
  }
}
