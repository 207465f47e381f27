package jp.nintei.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups, what each may do in the Camunda webapps, and the shared Tasklist
 * filters. Runs at every start and only adds what is missing, so operators' own changes stay.
 * A surveyor gets no blanket task permission: Camunda grants them the tasks assigned to them.
 */
@Component
class AuthorizationSetup {

    private static final Map<String, String> GROUP_NAMES = Map.of(
            Roles.STAFF, "認定担当職員",
            Roles.SUPERVISOR, "認定担当係長",
            Roles.SURVEYOR, "認定調査員",
            Roles.BOARD_SECRETARIAT, "審査会事務局",
            Roles.AUDITOR, "監査担当",
            Roles.ADMIN, "システム管理者",
            Roles.API_CLIENT, "APIクライアント（システム連携）");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    AuthorizationSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void setUp() {
        GROUP_NAMES.forEach(this::ensureGroup);
        // Camunda's admin group passes only checks that name it; everything else needs grants.
        for (Resources resource : Resources.values()) {
            grant(Roles.groupId(Roles.ADMIN), resource, ANY, Permissions.ALL);
        }
        for (String role : new String[] {Roles.STAFF, Roles.SUPERVISOR}) {
            grantCaseWork(Roles.groupId(role));
        }
        grant(Roles.groupId(Roles.SURVEYOR), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.groupId(Roles.BOARD_SECRETARIAT), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.groupId(Roles.AUDITOR), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.groupId(Roles.AUDITOR), Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY);
        ensureFilter("自分のタスク", -10, Map.of("assigneeExpression", "${currentUser()}"));
        ensureFilter("グループのタスク", -5, Map.of("candidateGroupsExpression", "${currentUserGroups()}"));
        ensureFilter("すべてのタスク", 0, Map.of());
    }

    /** Staff and supervisors work on cases: Tasklist, Cockpit, every certification process and task. */
    private void grantCaseWork(String groupId) {
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.READ_HISTORY);
        grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ, Permissions.UPDATE);
        grant(groupId, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
        grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    }

    private void ensureGroup(String role, String name) {
        String id = Roles.groupId(role);
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /** A Tasklist filter every staff member sees; Camunda still shows only the tasks they may read. */
    private void ensureFilter(String name, int priority, Map<String, String> criteria) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            var query = tasks.createTaskQuery();
            if (criteria.containsKey("assigneeExpression")) {
                query.taskAssigneeExpression(criteria.get("assigneeExpression"));
            }
            if (criteria.containsKey("candidateGroupsExpression")) {
                query.taskCandidateGroupInExpression(criteria.get("candidateGroupsExpression"));
            }
            filter = filters.saveFilter(filters.newTaskFilter(name)
                    .setProperties(Map.of("priority", priority, "description", name, "refresh", true,
                            "variables", List.of(Map.of("name", "caseLabel", "label", "案件"))))
                    .setQuery(query));
        }
        boolean readable = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).authorizationType(AUTH_TYPE_GLOBAL).count() > 0;
        if (!readable) {
            // A global authorization applies to every user; a GRANT to "*" is not honoured for filters.
            var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            authorization.setResource(Resources.FILTER);
            authorization.setResourceId(filter.getId());
            authorization.addPermission(Permissions.READ);
            authorizations.saveAuthorization(authorization);
        }
    }
}
