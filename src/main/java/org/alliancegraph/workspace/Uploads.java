package org.alliancegraph.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliancegraph.access.Access;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.history.ChangeLog;
import org.alliancegraph.importer.ImportInput;
import org.alliancegraph.importer.ImportReport;
import org.alliancegraph.importer.ImportService;
import org.springframework.stereotype.Service;

/**
 * The page's uploads: read and planned when sent (nothing written), kept for the person who sent
 * them ({@link HeldUploads}), planned again with their choices, then written all-or-nothing in one
 * transaction with a Change per organisation, alliance and membership written, in the same transaction.
 */
@Service
class Uploads {

    /** What the page shows: the plan (without the import-format text) and what writing it did, if it was written. */
    record View(String id, Plan plan, boolean writable, Written written) {
    }

    record Written(long nodesCreated, long relationshipsCreated, long relationshipsDeleted, int rows) {
    }

    private final UploadPlanner planner;
    private final ImportService importer;
    private final ChangeLog changes;
    private final HeldUploads held;

    Uploads(UploadPlanner planner, ImportService importer, ChangeLog changes, HeldUploads held) {
        this.planner = planner;
        this.importer = importer;
        this.changes = changes;
        this.held = held;
    }

    record File(String name, byte[] bytes) {
    }

    View preview(List<File> files, UploadPlanner.Options options) {
        if (files.isEmpty()) {
            throw new InvalidInputException("files", "send at least one .xlsx or .csv file");
        }
        List<Sheet> sheets = new ArrayList<>();
        files.forEach(f -> sheets.addAll(SheetReader.read(f.name(), f.bytes())));
        String id = UUID.randomUUID().toString();
        held.keep(id, Access.callerName(), new HeldUploads.Held(sheets, options,
                String.join(", ", files.stream().map(File::name).toList())));
        Plan plan = planner.plan(sheets, options, Map.of(), Access.scope());
        return new View(id, plan, plan.writable(), null);
    }

    View replan(String id, Map<String, String> choices) {
        HeldUploads.Held upload = held(id);
        Plan plan = planner.plan(upload.sheets(), upload.options(), choices, Access.scope());
        return new View(id, plan, plan.writable(), null);
    }

    /** Writes the upload as planned with these choices, or nothing when a row is refused. */
    View apply(String id, Map<String, String> choices) {
        HeldUploads.Held upload = held(id);
        Plan plan = planner.plan(upload.sheets(), upload.options(), choices, Access.scope());
        if (!plan.rejected().isEmpty()) {
            return new View(id, plan, false, null);
        }
        List<ChangeLog.Written> written = new ArrayList<>();
        for (Plan.Item item : plan.items()) {
            if (item.status().equals("UNCHANGED")) {
                continue;
            }
            List<String> fields = item.changes().stream().map(Plan.FieldChange::field).toList();
            switch (item.kind()) {
                case "organisation" -> written.add(new ChangeLog.Written(ChangeLog.Subject.Organisation, item.id(), fields));
                case "alliance" -> written.add(new ChangeLog.Written(ChangeLog.Subject.Alliance, item.id(), fields));
                case "membership" -> {
                    String[] pair = item.id().split("\\|", 2);
                    written.add(new ChangeLog.Written(ChangeLog.Subject.Alliance, pair[0], List.of("membership " + pair[1])));
                    written.add(new ChangeLog.Written(ChangeLog.Subject.Organisation, pair[1], List.of("membership " + pair[0])));
                }
                default -> written.add(new ChangeLog.Written(ChangeLog.Subject.Source, item.id(), fields));
            }
        }
        ImportReport report = importer.importInOneTransaction(ImportInput.texts("upload " + upload.names(), plan.files()), () -> {
            changes.recordAll("upload " + upload.names(), written);
            held.written(id);
        });
        if (!report.written()) {
            // The plan passed the check a moment ago: the graph changed in between (another editor's write).
            throw new InvalidInputException("files", "the graph changed since the preview and a row no longer passes: "
                    + report.errors().stream().limit(3).map(Object::toString).toList() + "; preview the upload again");
        }
        int rows = report.rowsAccepted().values().stream().mapToInt(Integer::intValue).sum();
        return new View(id, plan, false, new Written(report.nodesCreated(), report.relationshipsCreated(),
                report.relationshipsDeleted(), rows));
    }

    private HeldUploads.Held held(String id) {
        return (id == null ? Optional.<HeldUploads.Held>empty() : held.find(id, Access.callerName()))
                .orElseThrow(() -> new InvalidInputException("id", "no upload " + id + " of yours is waiting (they are kept "
                        + HeldUploads.KEEP.toMinutes() + " minutes after their last use): send the files again"));
    }
}
