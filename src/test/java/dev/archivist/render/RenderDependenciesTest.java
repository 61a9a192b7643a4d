package dev.archivist.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The preview engine runs in the command line too: it must not touch JavaFX, the editor or the commands. */
class RenderDependenciesTest {

    @Test
    void renderImportsNoJavaFxNorGuiNorCli() {
        JavaClasses render = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.archivist.render");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "dev.archivist.gui..", "dev.archivist.cli..")
                .check(render);
    }
}
