package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.programme.IndicatorProgress;
import pl.koordynator.es.programme.IndicatorSeries;
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.Programmes;
import pl.koordynator.es.programme.ProgressNode;
import pl.koordynator.es.programme.ProgressStatus;
import pl.koordynator.es.programme.domain.ProgrammeView.ActionRef;
import pl.koordynator.es.programme.domain.ProgrammeView.Change;
import pl.koordynator.es.programme.domain.ProgrammeView.NodeView;
import pl.koordynator.es.programme.domain.ProgrammeView.OrganisationRef;
import pl.koordynator.es.programme.domain.ProgrammeView.VersionLink;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;

/**
 * Programmes and projects: their versions and trees, and their progress computed on every
 * request from the measures and the approved manual values (nothing is cached in memory, so a new
 * support record shows on the next request of any instance). ROPS, OWES and the committee see
 * everything; visitors, PES and partners see only the public indicators of versions in force
 * (and the roll-up of those indicators only).
 * <p>
 * The progress of a programme lists its priorities and then the projects implementing its actions
 * (their version in force; for ROPS, OWES and the committee the newest one when none is in force);
 * the programme's own progress rolls up its priorities only.
 */
@Service
public class ProgrammeService implements Programmes {

    static final String ENTITY = "Programme";

    private final ProgrammeRepository repository;
    private final ProgrammeRules rules;
    private final ProgrammeMonitor monitor;
    private final ProgrammeAccess access;
    private final ProgrammeSettingsService settings;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ProgrammeActionsReader actions;

    ProgrammeService(ProgrammeRepository repository, ProgrammeRules rules, ProgrammeMonitor monitor,
            ProgrammeAccess access, ProgrammeSettingsService settings, Organisations organisations, AuditTrail audit,
            ProgrammeActionsReader actions) {
        this.actions = actions;
        this.repository = repository;
        this.rules = rules;
        this.monitor = monitor;
        this.access = access;
        this.settings = settings;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> programmes() {
        boolean all = access.seesAll();
        return repository.all().stream().filter(programme -> all || programme.inForce())
                .map(ProgrammeService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ProgrammeProgress progress(long programmeId, int year) {
        Stored.Programme programme = visible(programmeId);
        if (year < programme.startYear() || year > programme.endYear()) {
            throw InvalidInputException.of("year", "programme.year.outside",
                    String.valueOf(programme.startYear()), String.valueOf(programme.endYear()));
        }
        return progress(programme, year, access.seesAll());
    }

    private ProgrammeProgress progress(Stored.Programme programme, int year, boolean all) {
        Stored.Tree tree = repository.tree(programme);
        return monitor.progress(tree, projectsOf(tree, all), year, settings.current(), visibility(all));
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorSeries series(long indicatorId, LocalDate from, LocalDate to) {
        Stored.Indicator indicator = visibleIndicator(indicatorId);
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "programme.period.toBeforeFrom");
        }
        Stored.Programme programme = repository.find(indicator.view().programmeId()).orElseThrow();
        return monitor.series(programme, indicator, from, to, settings.current());
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorProgress> offTrack() {
        boolean all = access.seesAll();
        Thresholds thresholds = settings.current();
        List<IndicatorProgress> found = new ArrayList<>();
        for (Stored.Programme programme : repository.all()) {
            if (!programme.inForce()) {
                continue;
            }
            Stored.Tree tree = repository.tree(programme);
            ProgrammeProgress progress = monitor.progress(tree, List.of(), currentYear(programme), thresholds,
                    visibility(all));
            collectOffTrack(progress.nodes(), found);
        }
        return found;
    }

    private static void collectOffTrack(List<ProgressNode> nodes, List<IndicatorProgress> found) {
        for (ProgressNode node : nodes) {
            node.indicators().stream().filter(i -> i.status() == ProgressStatus.OFF_TRACK).forEach(found::add);
            collectOffTrack(node.children(), found);
        }
    }

    /** A version as defined and its progress in the year (the current one when null, within the programme's period). */
    @Transactional(readOnly = true)
    public ProgrammeDetail detail(long programmeId, Integer year) {
        Stored.Programme programme = visible(programmeId);
        int shown = year == null ? currentYear(programme) : year;
        if (shown < programme.startYear() || shown > programme.endYear()) {
            throw InvalidInputException.of("year", "programme.year.outside",
                    String.valueOf(programme.startYear()), String.valueOf(programme.endYear()));
        }
        boolean all = access.seesAll();
        return new ProgrammeDetail(view(programme, all), progress(programme, shown, all));
    }

    /** A version as defined, with its change list and the other versions. */
    @Transactional(readOnly = true)
    public ProgrammeView view(long programmeId) {
        return view(visible(programmeId), access.seesAll());
    }

    /** Whether the caller sees every programme and indicator (ROPS, OWES, committee), not only public ones. */
    public boolean seesAll() {
        return access.seesAll();
    }

    int currentYear(Stored.Programme programme) {
        return Math.max(programme.startYear(), Math.min(programme.endYear(), monitor.today().getYear()));
    }

    /** The year a programme's pages open on: this year, kept within the programme's period. */
    @Transactional(readOnly = true)
    public int currentYear(long programmeId) {
        return currentYear(visible(programmeId));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgrammeView create(ProgrammeInput input) {
        return doCreate(input);
    }

    /** For the seed at start-up, without a signed-in user; the same rules apply. */
    ProgrammeView createAtStartup(ProgrammeInput input) {
        return doCreate(input);
    }

    private ProgrammeView doCreate(ProgrammeInput input) {
        Checked.Programme checked = rules.check(input);
        Stored.Programme programme = new Stored.Programme(0, 0, 1, checked.name(), checked.project(),
                checked.reference(), checked.startYear(), checked.endYear(), checked.resolutionNumber(),
                checked.resolutionDate(), checked.status(), checked.demo(), null, 0);
        long id = repository.insertProgramme(programme, null, actor());
        writeTree(id, checked.nodes(), repository.tree(repository.find(id).orElseThrow()));
        Stored.Programme created = repository.find(id).orElseThrow();
        audit.created(ENTITY, id, state(repository.tree(created)));
        return view(created, true);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgrammeView update(long programmeId, ProgrammeInput input) {
        return doUpdate(programmeId, input);
    }

    /** For the seed at start-up, without a signed-in user; the same rules apply. */
    ProgrammeView updateAtStartup(long programmeId, ProgrammeInput input) {
        return doUpdate(programmeId, input);
    }

    private ProgrammeView doUpdate(long programmeId, ProgrammeInput input) {
        Stored.Programme before = repository.find(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
        if (input == null || input.version() == null) {
            throw InvalidInputException.of("version", "programme.version.required");
        }
        if (before.status() == ProgrammeStatus.REPLACED) {
            throw new ConflictException("programme.conflict.replaced", "programme " + programmeId + " is replaced");
        }
        if (input.project() != null && input.project() != before.project()) {
            throw InvalidInputException.of("project", "programme.project.fixed");
        }
        Checked.Programme checked = rules.check(new ProgrammeInput(input.name(), before.project(), input.reference(),
                input.startYear(), input.endYear(), input.resolutionNumber(), input.resolutionDate(), input.status(),
                input.demo(), input.nodes(), input.version()));
        Stored.Tree treeBefore = repository.tree(before);
        Map<String, Object> stateBefore = state(treeBefore);
        Stored.Programme changed = new Stored.Programme(before.id(), before.series(), before.versionNumber(),
                checked.name(), before.project(), checked.reference(), checked.startYear(), checked.endYear(),
                checked.resolutionNumber(), checked.resolutionDate(), checked.status(), checked.demo(),
                before.changeSummary(), before.version());
        if (!repository.updateProgramme(changed, input.version())) {
            throw new ConflictException("problem.concurrentEdit", "programme " + programmeId + " changed since version "
                    + input.version());
        }
        writeTree(programmeId, checked.nodes(), treeBefore);
        if (checked.status() == ProgrammeStatus.IN_FORCE) {
            putInForce(before.series(), programmeId);
        }
        Stored.Programme after = repository.find(programmeId).orElseThrow();
        audit.updated(ENTITY, programmeId, stateBefore, state(repository.tree(after)));
        return view(after, true);
    }

    /**
     * One node of a version added or changed, the rest of the tree kept as it is (the pages' node
     * form): the same rules, optimistic lock and audit as {@link #update}. The node's own problems
     * name its fields as the form does ({@code code}, not {@code nodes[0].children[1].code}).
     *
     * @param parentId the priority or objective a new node goes under; null for a priority (or a project's node)
     * @param node     with its id to change an existing node (its children and indicators stay), without one to add
     * @param version  the version of the programme read
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgrammeView saveNode(long programmeId, Long parentId, NodeInput node, Long version) {
        Stored.Programme programme = repository.find(programmeId)
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        List<NodeInput> nodes = inputs(view(programme, true).nodes());
        String path;
        if (node.id() != null) {
            path = replace(nodes, "nodes", node);
            if (path == null) {
                throw new NotFoundException("node", node.id());
            }
        } else if (parentId == null) {
            path = "nodes[" + nodes.size() + "]";
            nodes.add(node);
        } else {
            path = addUnder(nodes, "nodes", parentId, node);
            if (path == null) {
                throw new NotFoundException("node", parentId);
            }
        }
        try {
            return doUpdate(programmeId, new ProgrammeInput(programme.name(), programme.project(), programme.reference(),
                    programme.startYear(), programme.endYear(), programme.resolutionNumber(),
                    programme.resolutionDate(), programme.status(), programme.demo(), nodes, version));
        } catch (InvalidInputException problems) {
            String prefix = path + ".";
            throw new InvalidInputException(problems.problems().stream()
                    .map(problem -> problem.field().startsWith(prefix)
                            ? new InvalidInputException.FieldProblem(problem.field().substring(prefix.length()),
                                    problem.messageKey(), problem.arguments())
                            : problem)
                    .toList());
        }
    }

    /**
     * A version's own fields changed (name, years, resolution, status), its tree kept as it is: the
     * pages' programme form and "put in force". The same rules, lock and audit as {@link #update};
     * a demo flag not sent stays as it was.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgrammeView updateDetails(long programmeId, ProgrammeInput input) {
        Stored.Programme programme = repository.find(programmeId)
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        if (input == null) {
            throw InvalidInputException.of("name", "programme.name.required");
        }
        return doUpdate(programmeId, new ProgrammeInput(input.name(), input.project(), input.reference(),
                input.startYear(), input.endYear(), input.resolutionNumber(), input.resolutionDate(), input.status(),
                input.demo() == null ? programme.demo() : input.demo(), inputs(view(programme, true).nodes()),
                input.version()));
    }

    /** The version read put in force; the one in force before becomes replaced. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgrammeView putInForce(long programmeId, Long version) {
        Stored.Programme programme = repository.find(programmeId)
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        return doUpdate(programmeId, new ProgrammeInput(programme.name(), programme.project(), programme.reference(),
                programme.startYear(), programme.endYear(), programme.resolutionNumber(), programme.resolutionDate(),
                ProgrammeStatus.IN_FORCE, programme.demo(), inputs(view(programme, true).nodes()), version));
    }

    /** A tree as the API would send it back unchanged: every node and indicator with its id. */
    private static List<NodeInput> inputs(List<NodeView> nodes) {
        List<NodeInput> inputs = new ArrayList<>();
        for (NodeView node : nodes) {
            inputs.add(new NodeInput(node.id(), node.level(), node.code(), node.name(), node.weight(), node.comment(),
                    node.responsible().stream().map(OrganisationRef::id).toList(),
                    node.partners().stream().map(OrganisationRef::id).toList(), node.budgetPlanned(),
                    node.budgetSpent(), node.actionStatus(),
                    node.implementsActions().stream().map(ActionRef::id).toList(), inputs(node.children()),
                    new ArrayList<>(node.indicators().stream().map(ProgrammeService::input).toList())));
        }
        return inputs;
    }

    private static IndicatorInput input(IndicatorView v) {
        return new IndicatorInput(v.id(), null, v.code(), v.name(), v.unit(), v.direction(), v.aggregation(),
                v.weight(), v.baselineValue(), v.baselineYear(), v.targets().stream()
                        .map(t -> new IndicatorInput.TargetInput(t.year(), t.quarter(), t.value())).toList(),
                v.kpresReference(), v.publicIndicator(), v.source(), v.measure(), v.comment(), v.version());
    }

    /** Puts the changed node in place of the one with its id, keeping what the form does not edit; its path, or null. */
    private static String replace(List<NodeInput> nodes, String path, NodeInput changed) {
        for (int i = 0; i < nodes.size(); i++) {
            NodeInput node = nodes.get(i);
            if (changed.id().equals(node.id())) {
                nodes.set(i, new NodeInput(node.id(), node.level(), changed.code(), changed.name(), changed.weight(),
                        changed.comment(), changed.responsible(), changed.partners(), changed.budgetPlanned(),
                        changed.budgetSpent(), changed.actionStatus(),
                        changed.implementsActions() == null ? node.implementsActions() : changed.implementsActions(),
                        node.children(), node.indicators()));
                return path + "[" + i + "]";
            }
            String found = replace(node.children(), path + "[" + i + "].children", changed);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String addUnder(List<NodeInput> nodes, String path, long parentId, NodeInput added) {
        for (int i = 0; i < nodes.size(); i++) {
            NodeInput node = nodes.get(i);
            if (node.id() != null && node.id() == parentId) {
                node.children().add(added);
                return path + "[" + i + "].children[" + (node.children().size() - 1) + "]";
            }
            String found = addUnder(node.children(), path + "[" + i + "].children", parentId, added);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void putInForce(long series, long programmeId) {
        for (Stored.Programme other : repository.versions(series)) {
            if (other.id() != programmeId && other.inForce()) {
                Map<String, Object> before = Map.of("status", other.status().name());
                repository.replaceOthersInForce(series, programmeId);
                audit.updated(ENTITY, other.id(), before, Map.of("status", ProgrammeStatus.REPLACED.name()));
            }
        }
    }

    /** A new DRAFT version copied from this one; it goes in force with an update setting its status. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgrammeView newVersion(long programmeId, VersionInput input) {
        return doNewVersion(programmeId, input);
    }

    /** For the seed at start-up, without a signed-in user; the same rules apply. */
    ProgrammeView newVersionAtStartup(long programmeId, VersionInput input) {
        return doNewVersion(programmeId, input);
    }

    private ProgrammeView doNewVersion(long programmeId, VersionInput input) {
        Stored.Programme source = repository.find(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        String summary = ProgrammeRules.text(input == null ? null : input.changeSummary(), "changeSummary", 4000, true,
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Stored.Tree tree = repository.tree(source);
        Stored.Programme copy = new Stored.Programme(0, source.series(), repository.nextVersionNumber(source.series()),
                source.name(), source.project(), source.reference(), source.startYear(), source.endYear(),
                source.resolutionNumber(), source.resolutionDate(), ProgrammeStatus.DRAFT, source.demo(), summary, 0);
        long id = repository.insertProgramme(copy, source.series(), actor());
        Map<Long, Long> nodeIds = new HashMap<>();
        // parents come before their children in the tree's order of levels
        List<Stored.Node> ordered = new ArrayList<>(tree.nodes());
        ordered.sort(java.util.Comparator.comparing(node -> depth(tree, node)));
        for (Stored.Node node : ordered) {
            long newId = repository.insertNode(id, node.parentId() == null ? null : nodeIds.get(node.parentId()),
                    node.lineage(), node.level(), node.code(), node.name(), node.position(), node.weight(),
                    node.comment(), node.budgetPlanned(), node.budgetSpent(), node.actionStatus());
            nodeIds.put(node.id(), newId);
            repository.replaceOrganisations(newId, node.responsible(), node.partners());
            repository.replaceImplementedActions(newId, node.implementsActions());
        }
        for (Stored.Indicator indicator : tree.indicators()) {
            IndicatorView v = indicator.view();
            repository.insertIndicator(id, nodeIds.get(v.nodeId()), indicator.lineage(), checked(v),
                    indicator.position(), v.computedSince());
        }
        Stored.Programme created = repository.find(id).orElseThrow();
        audit.created(ENTITY, id, state(repository.tree(created)));
        return view(created, true);
    }

    private static int depth(Stored.Tree tree, Stored.Node node) {
        int depth = 0;
        Long parent = node.parentId();
        while (parent != null) {
            depth++;
            Long current = parent;
            parent = tree.nodes().stream().filter(n -> n.id() == current).findFirst().map(Stored.Node::parentId)
                    .orElse(null);
        }
        return depth;
    }

    static Checked.Indicator checked(IndicatorView v) {
        return new Checked.Indicator(v.code(), v.name(), v.unit(), v.direction(), v.aggregation(), v.weight(),
                v.baselineValue(), v.baselineYear(), v.targets(), v.kpresReference(), v.publicIndicator(), v.source(),
                v.measure(), v.comment());
    }

    /**
     * Writes the nodes of a version: those with the id of an existing node are changed in place, the
     * others added; existing nodes and indicators left out are removed.
     */
    private void writeTree(long programmeId, List<Checked.Node> nodes, Stored.Tree existing) {
        Map<Long, Stored.Node> existingNodes = existing.nodes().stream()
                .collect(Collectors.toMap(Stored.Node::id, node -> node));
        Map<Long, Stored.Indicator> existingIndicators = existing.indicators().stream()
                .collect(Collectors.toMap(Stored.Indicator::id, indicator -> indicator));
        Set<Long> keptNodes = new HashSet<>();
        Set<Long> keptIndicators = new HashSet<>();
        int position = 0;
        for (Checked.Node node : nodes) {
            writeNode(programmeId, null, node, position++, existingNodes, existingIndicators, keptNodes, keptIndicators);
        }
        for (Stored.Indicator indicator : existing.indicators()) {
            if (!keptIndicators.contains(indicator.id())) {
                repository.deleteIndicator(indicator.id());
            }
        }
        for (Stored.Node node : existing.nodes()) {
            if (!keptNodes.contains(node.id())) {
                repository.deleteNode(node.id());
            }
        }
    }

    private void writeNode(long programmeId, Long parentId, Checked.Node node, int position,
            Map<Long, Stored.Node> existingNodes, Map<Long, Stored.Indicator> existingIndicators, Set<Long> keptNodes,
            Set<Long> keptIndicators) {
        long id;
        Stored.Node before = node.id() == null ? null : existingNodes.get(node.id());
        if (before != null && before.level() == node.level()) {
            id = before.id();
            repository.updateNode(id, parentId, node.code(), node.name(), position, node.weight(), node.comment(),
                    node.budgetPlanned(), node.budgetSpent(), node.actionStatus());
        } else {
            id = repository.insertNode(programmeId, parentId, UUID.randomUUID(), node.level(), node.code(),
                    node.name(), position, node.weight(), node.comment(), node.budgetPlanned(), node.budgetSpent(),
                    node.actionStatus());
        }
        keptNodes.add(id);
        repository.replaceOrganisations(id, node.responsible(), node.partners());
        List<UUID> actions = node.implementsActions().stream()
                .map(actionId -> repository.action(actionId).orElseThrow().lineage()).toList();
        repository.replaceImplementedActions(id, actions);
        int childPosition = 0;
        for (Checked.Node child : node.children()) {
            writeNode(programmeId, id, child, childPosition++, existingNodes, existingIndicators, keptNodes,
                    keptIndicators);
        }
        int indicatorPosition = 0;
        for (Checked.IndicatorNode indicator : node.indicators()) {
            Stored.Indicator stored = indicator.id() == null ? null : existingIndicators.get(indicator.id());
            if (stored != null) {
                repository.updateIndicator(stored.id(), stored.view().version(), indicator.indicator(),
                        IndicatorService.computedSince(stored.view(), indicator.indicator(), monitor.today()), id,
                        indicatorPosition++);
                keptIndicators.add(stored.id());
            } else {
                keptIndicators.add(repository.insertIndicator(programmeId, id, UUID.randomUUID(), indicator.indicator(),
                        indicatorPosition++, null));
            }
        }
    }

    private String actor() {
        String username = access.caller().username();
        return username == null ? "system" : username;
    }

    // reading

    private Stored.Programme visible(long programmeId) {
        boolean all = access.seesAll();
        return repository.find(programmeId).filter(programme -> all || programme.inForce())
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
    }

    Stored.Indicator visibleIndicator(long indicatorId) {
        boolean all = access.seesAll();
        return repository.indicator(indicatorId).filter(indicator -> all || (indicator.view().publicIndicator()
                && repository.find(indicator.view().programmeId()).map(Stored.Programme::inForce).orElse(false)))
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
    }

    private static Predicate<Stored.Indicator> visibility(boolean all) {
        return indicator -> all || indicator.view().publicIndicator();
    }

    /** Projects implementing actions of a programme: each project's version in force, else (for those who see all) its newest. */
    private List<Stored.Tree> projectsOf(Stored.Tree tree, boolean all) {
        if (tree.programme().project()) {
            return List.of();
        }
        List<UUID> actions = tree.nodes().stream().filter(node -> node.level() == NodeLevel.ACTION)
                .map(Stored.Node::lineage).toList();
        Map<Long, Stored.Programme> bySeries = new LinkedHashMap<>();
        for (Long id : repository.projectsImplementing(actions)) {
            Stored.Programme project = repository.find(id).orElseThrow();
            Stored.Programme chosen = bySeries.get(project.series());
            boolean better = chosen == null || (project.inForce() && !chosen.inForce())
                    || (project.inForce() == chosen.inForce() && project.versionNumber() > chosen.versionNumber());
            if (better && (all || project.inForce())) {
                bySeries.put(project.series(), project);
            }
        }
        return bySeries.values().stream().map(repository::tree).toList();
    }

    private ProgrammeView view(Stored.Programme programme, boolean all) {
        Stored.Tree tree = repository.tree(programme);
        List<Stored.Programme> versions = repository.versions(programme.series()).stream()
                .filter(version -> all || version.inForce()).toList();
        List<Change> changes = List.of();
        if (programme.versionNumber() > 1) {
            changes = repository.versions(programme.series()).stream()
                    .filter(version -> version.versionNumber() < programme.versionNumber())
                    .reduce((first, second) -> second)
                    .map(previous -> VersionChanges.between(repository.tree(previous), tree, visibility(all)))
                    .orElse(List.of());
        }
        Map<UUID, ProgrammeRepository.ActionRow> actions = repository.actionsByLineage(tree.nodes().stream()
                .flatMap(node -> node.implementsActions().stream()).distinct().toList());
        Map<Long, String> names = new HashMap<>();
        List<NodeView> nodes = tree.children(null).stream()
                .map(node -> nodeView(tree, node, actions, names, visibility(all))).toList();
        return new ProgrammeView(programme.id(), programme.series(), programme.versionNumber(), programme.name(),
                programme.project(), programme.reference(), programme.startYear(), programme.endYear(),
                programme.resolutionNumber(), programme.resolutionDate(), programme.status(), programme.demo(),
                programme.changeSummary(), changes, versions.stream().map(version -> new VersionLink(version.id(),
                        version.versionNumber(), version.status(), version.changeSummary())).toList(),
                nodes, programme.version());
    }

    private NodeView nodeView(Stored.Tree tree, Stored.Node node, Map<UUID, ProgrammeRepository.ActionRow> actions,
            Map<Long, String> names, Predicate<Stored.Indicator> visible) {
        return new NodeView(node.id(), node.level(), node.code(), node.name(), node.position(), node.weight(),
                node.comment(), refs(node.responsible(), names), refs(node.partners(), names), node.budgetPlanned(),
                node.budgetSpent(), node.actionStatus(),
                node.implementsActions().stream().map(actions::get).filter(Objects::nonNull)
                        .map(action -> new ActionRef(action.id(), action.programmeId(), action.code(), action.name()))
                        .toList(),
                tree.children(node.id()).stream().map(child -> nodeView(tree, child, actions, names, visible)).toList(),
                tree.indicatorsOf(node.id()).stream().filter(visible).map(Stored.Indicator::view).toList());
    }

    private List<OrganisationRef> refs(List<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> new OrganisationRef(id, names.computeIfAbsent(id,
                key -> organisations.find(key).map(OrganisationView::name).orElse(null)))).toList();
    }

    private static ProgrammeSummary summary(Stored.Programme programme) {
        return new ProgrammeSummary(programme.id(), programme.name(), programme.startYear(), programme.endYear(),
                programme.versionNumber(), programme.status(), programme.project(), programme.demo());
    }

    /** What the audit trail records of a version: its fields, and its tree and targets in a line each. */
    static Map<String, Object> state(Stored.Tree tree) {
        Stored.Programme programme = tree.programme();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", programme.name());
        state.put("versionNumber", programme.versionNumber());
        state.put("startYear", programme.startYear());
        state.put("endYear", programme.endYear());
        state.put("resolutionNumber", programme.resolutionNumber());
        state.put("resolutionDate", programme.resolutionDate());
        state.put("status", programme.status().name());
        state.put("reference", programme.reference());
        state.put("changeSummary", programme.changeSummary());
        state.put("nodes", tree.nodes().stream().map(node -> node.code() + " " + node.name() + " (" + node.weight()
                + (node.budgetPlanned() == null ? "" : ", " + node.budgetPlanned() + "/" + node.budgetSpent())
                + (node.actionStatus() == null ? "" : ", " + node.actionStatus()) + ")")
                .collect(Collectors.joining("; ")));
        state.put("indicators", tree.indicators().stream().map(indicator -> indicator.view().code() + " "
                + indicator.view().source() + (indicator.view().measure() == null ? "" : " " + indicator.view().measure())
                + " " + indicator.view().targets().stream().map(t -> t.period() + "=" + plain(t.value()))
                        .collect(Collectors.joining(","))).collect(Collectors.joining("; ")));
        return state;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    @Transactional(readOnly = true)
    public List<pl.koordynator.es.programme.ProgrammeAction> actionsInForce() {
        return actions.inForce();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<pl.koordynator.es.programme.ProgrammeAction> action(long nodeId) {
        return actions.find(nodeId);
    }

    @Override
    @Transactional(readOnly = true)
    public pl.koordynator.es.programme.TrajectoryJudgement judge(pl.koordynator.es.programme.TrajectoryCheck check) {
        Map<ProgrammePeriod, BigDecimal> targets = Map.of(ProgrammePeriod.ofYear(check.targetYear()), check.target());
        BigDecimal expected = Trajectory.expected(check.baseline(), check.baselineYear(), check.startYear(), targets,
                ProgrammePeriod.ofYear(check.year()));
        Double progress = Trajectory.progress(check.actual(), check.baseline(), expected, check.direction());
        return new pl.koordynator.es.programme.TrajectoryJudgement(expected, progress,
                Trajectory.status(progress, settings.current()));
    }
}
