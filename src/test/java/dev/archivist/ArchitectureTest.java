package dev.archivist;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md, enforced on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importTheMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.archivist");
    }

    @Test
    void onlyTheEditorUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.archivist.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the command line must run without a display, and the engine must be testable without a toolkit")
                .check(classes);
    }

    @Test
    void theCommandLineNeverStartsAnotherProcess() {
        // the editor may open a link in the desktop's browser; nothing the command line loads may start a process
        noClasses().that().resideOutsideOfPackage("dev.archivist.gui..")
                .should().dependOnClassesThat().areAssignableTo(ProcessBuilder.class)
                .orShould().callMethodWhere(target(owner(assignableTo(Runtime.class))).and(target(name("exec"))))
                .because("the command line runs in the JVM it was started in: JVM options for big batch work belong to "
                        + "the application's launcher, and a child process outlives the one the user stops")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.archivist.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void subpackagesHaveNoCycles() {
        for (String parent : new String[] {"check", "gui", "io"}) {
            slices().matching("dev.archivist." + parent + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void readingKnowsNothingOfWritingAndWritingNothingOfSaving() {
        noClasses().that().resideInAPackage("dev.archivist.io.read..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archivist.io.write..", "dev.archivist.io.save..")
                .because("a page is read the same way whatever is done with it next")
                .check(classes);
        noClasses().that().resideInAPackage("dev.archivist.io.write..")
                .should().dependOnClassesThat().resideInAPackage("dev.archivist.io.save..")
                .because("the text to write is made without touching a file; only io.save writes one")
                .check(classes);
    }

    @Test
    void theEngineStartsNoThreadOfItsOwn() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
                .orShould().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.concurrent.Executor.class)
                .orShould().dependOnClassesThat().belongToAnyOf(java.util.concurrent.Executors.class,
                        java.util.concurrent.CompletableFuture.class)
                .orShould().callMethodWhere(target(name("parallel")).or(target(name("parallelStream"))))
                .because("the engine's work runs on the thread that asks for it; the editor's one task runner puts it in the background")
                .check(classes);
    }

    @Test
    void classNamesAreUnique() {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (var c : classes) {
            if (!c.isNestedClass() && !c.isAnonymousClass()) {
                String other = seen.put(c.getSimpleName(), c.getPackageName());
                org.junit.jupiter.api.Assertions.assertNull(other, c.getSimpleName() + " is in " + other + " and " + c.getPackageName());
            }
        }
    }

    private static final String[] ENGINE = {"dev.archivist.model..", "dev.archivist.io..", "dev.archivist.check..",
            "dev.archivist.site..", "dev.archivist.render..", "dev.archivist.edit..", "dev.archivist.cli.."};

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("dev.archivist.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archivist.io..", "dev.archivist.check..",
                        "dev.archivist.site..", "dev.archivist.render..", "dev.archivist.cli..", "dev.archivist.gui..")
                .check(classes);
    }

    @Test
    void theEngineDoesNotDependOnTheCommandLineOrTheEditor() {
        noClasses().that().resideInAnyPackage("dev.archivist.model..", "dev.archivist.io..", "dev.archivist.check..",
                        "dev.archivist.site..", "dev.archivist.render..", "dev.archivist.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archivist.cli..", "dev.archivist.gui..")
                .check(classes);
    }

    @Test
    void theEditingOperationsStandAboveTheRestOfTheEngine() {
        noClasses().that().resideInAnyPackage("dev.archivist.model..", "dev.archivist.io..", "dev.archivist.check..",
                        "dev.archivist.site..", "dev.archivist.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archivist.edit..")
                .because("editing operations use checks, writing and the site; nothing below them edits a page")
                .check(classes);
    }

    @Test
    void readingAndWritingDoNotDependOnChecks() {
        noClasses().that().resideInAPackage("dev.archivist.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.archivist.check..", "dev.archivist.site..",
                        "dev.archivist.render..")
                .check(classes);
    }
}
