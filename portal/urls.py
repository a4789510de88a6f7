from django.urls import path

from .views import checkins, coach, dashboard, goals, homework, invitations, journal, records

app_name = "portal"

urlpatterns = [
    path("", dashboard.home, name="home"),
    path("goals/", goals.goal_list, name="goal-list"),
    path("goals/new/", goals.goal_create, name="goal-create"),
    path("goals/<uuid:pk>/", goals.goal_detail, name="goal-detail"),
    path("goals/<uuid:pk>/edit/", goals.goal_edit, name="goal-edit"),
    path("goals/<uuid:pk>/delete/", goals.goal_delete, name="goal-delete"),
    path("goals/<uuid:pk>/steps/<uuid:step>/toggle/", goals.step_toggle, name="step-toggle"),
    path("goals/<uuid:pk>/steps/<uuid:step>/delete/", goals.step_delete, name="step-delete"),
    path("journal/", journal.entry_list, name="entry-list"),
    path("journal/new/", journal.entry_create, name="entry-create"),
    path("journal/<uuid:pk>/", journal.entry_detail, name="entry-detail"),
    path("journal/<uuid:pk>/edit/", journal.entry_edit, name="entry-edit"),
    path("journal/<uuid:pk>/delete/", journal.entry_delete, name="entry-delete"),
    path("check-ins/", checkins.checkin_history, name="checkin-history"),
    path("check-ins/new/", checkins.checkin_create, name="checkin-create"),
    path("check-ins/coping/", checkins.coping_list, name="coping-list"),
    path("check-ins/coping/<uuid:pk>/delete/", checkins.coping_delete, name="coping-delete"),
    path("homework/", homework.homework_list, name="homework-list"),
    path("homework/<uuid:pk>/", homework.homework_done, name="homework-done"),
    path("sessions/", homework.session_list, name="session-list"),
    path("seen-by/", records.access_log, name="access-log"),
    path("my-data/", records.export_print, name="export-print"),
    path("my-data.json", records.export_json, name="export-json"),
    path("erase/", records.erase, name="erase"),
    path("coach/", coach.dashboard, name="coach-dashboard"),
    path("coach/clients/<int:pk>/", coach.client_page, name="coach-client"),
    path("coach/clients/<int:pk>/entries/<uuid:entry>/", coach.client_entry, name="coach-entry"),
    path("coach/clients/<int:pk>/goals/<uuid:goal>/", coach.client_goal, name="coach-goal"),
    path("coach/clients/<int:pk>/homework/new/", coach.homework_new, name="coach-homework"),
    path("coach/clients/<int:pk>/sessions/new/", coach.session_new, name="coach-session"),
    path("invitation/<str:token>/", invitations.invitation, name="invitation"),
]
