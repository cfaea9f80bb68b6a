package org.aftercare.migrations;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Writes {@link ChangelogIndex}'s file from the compiled changelog in {@code args[0]}, into the
 * same folder: run by the build (db-migrations' pom) after compiling. The changelog is read with
 * its own default application role, as a database migrated for {@value Migrator#DEFAULT_APP_ROLE}
 * records it.
 */
final class ChangelogIndexWriter {

  private ChangelogIndexWriter() {}

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args[0]);
    ResourceAccessor changelogs = new DirectoryResourceAccessor(classes);
    List<String> lines =
        Scope.child(
            Map.of(Scope.Attr.resourceAccessor.name(), changelogs),
            () ->
                changeSetsOf(changelogs).stream()
                    .map(ChangelogIndexWriter::line)
                    .sorted()
                    .toList());
    Files.write(classes.resolve(ChangelogIndex.RESOURCE), lines, UTF_8);
  }

  private static List<ChangeSet> changeSetsOf(ResourceAccessor changelogs) throws Exception {
    DatabaseChangeLog changelog =
        ChangeLogParserFactory.getInstance()
            .getParser(Migrator.CHANGELOG, changelogs)
            .parse(Migrator.CHANGELOG, new ChangeLogParameters(), changelogs);
    for (ChangeSet changeSet : changelog.getChangeSets()) {
      if (changeSet.isAlwaysRun()) {
        // Liquibase runs it at every update; one query cannot say it has nothing to do.
        throw new IllegalStateException(
            "Change set " + changeSet.getId() + " runs always: ChangelogIndex cannot stand for it");
      }
    }
    return changelog.getChangeSets();
  }

  private static String line(ChangeSet changeSet) {
    return ChangelogIndex.line(
        changeSet.getId(),
        changeSet.getAuthor(),
        changeSet.getFilePath(),
        changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
  }
}
