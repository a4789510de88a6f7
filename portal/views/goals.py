"""A client's goals: create and edit them, tick off steps, log the measure, reply to feedback."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .. import access
from ..charts import Series, line_chart
from ..client_forms import GoalForm, MeasureValueForm, ReplyForm, StepForm
from ..guards import bound_or_restored, client_required
from ..models import Goal


def own_goal(request, pk):
    goals = access.goals_for(request.user).prefetch_related("steps", "measure_values")
    return get_object_or_404(goals, pk=pk)


@client_required
def goal_list(request):
    goals = list(access.goals_for(request.user).prefetch_related("steps", "measure_values"))
    order = list(Goal.Status.values)
    goals.sort(key=lambda goal: order.index(goal.status))
    return render(request, "portal/goal_list.html", {"goals": goals})


@client_required
def goal_create(request):
    form = bound_or_restored(request, GoalForm)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            goal = form.save(commit=False)
            goal.client = request.client
            goal.save()
            add_steps(goal, form.steps())
        messages.success(request, "Your goal is saved.")
        return redirect("portal:goal-detail", pk=goal.pk)
    return render(request, "portal/goal_form.html", {"form": form})


@client_required
def goal_edit(request, pk):
    goal = own_goal(request, pk)
    form = bound_or_restored(request, GoalForm, instance=goal)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            add_steps(goal, form.steps())
        messages.success(request, "Your changes are saved.")
        return redirect("portal:goal-detail", pk=goal.pk)
    return render(request, "portal/goal_form.html", {"form": form, "goal": goal})


def add_steps(goal, texts):
    start = len(goal.steps.all())
    for offset, text in enumerate(texts):
        goal.steps.create(text=text, position=start + offset)


@client_required
def goal_detail(request, pk):
    """The goal, its steps and measure, and the feedback thread; its forms post here."""
    goal = own_goal(request, pk)
    forms = {
        "step_form": StepForm(prefix="step"),
        "value_form": MeasureValueForm(prefix="value"),
        # A reply written as the session ran out comes back here after signing in.
        "reply_form": ReplyForm()
        if request.method == "POST"
        else bound_or_restored(request, ReplyForm, action="reply"),
    }
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "add-step":
            forms["step_form"] = StepForm(request.POST, prefix="step")
            if forms["step_form"].is_valid():
                add_steps(goal, [forms["step_form"].cleaned_data["text"]])
                return redirect("portal:goal-detail", pk=goal.pk)
        elif action == "add-value":
            forms["value_form"] = MeasureValueForm(request.POST, prefix="value")
            if forms["value_form"].is_valid():
                goal.measure_values.create(**forms["value_form"].cleaned_data)
                messages.success(request, "Noted.")
                return redirect("portal:goal-detail", pk=goal.pk)
        elif action == "reply":
            forms["reply_form"] = ReplyForm(request.POST)
            if forms["reply_form"].is_valid():
                goal.feedback.create(
                    client=request.client,
                    author=request.user,
                    body=forms["reply_form"].cleaned_data["body"],
                )
                messages.success(request, "Your reply is sent to your coach.")
                return redirect("portal:goal-detail", pk=goal.pk)
    values = list(goal.measure_values.all())
    chart = line_chart(
        [
            Series(
                goal.measure_unit or "Value", "line--measure", [(v.date, v.value) for v in values]
            )
        ],
        low=0,
        high=float(max([v.value for v in values] + [goal.measure_target or 0]) or 1),
        title="Your measure over time",
    )
    return render(
        request,
        "portal/goal_detail.html",
        {
            "goal": goal,
            "steps": list(goal.steps.all()),
            "values": values,
            "chart": chart,
            "feedback": goal.feedback.select_related("author"),
            **forms,
        },
    )


@client_required
@require_POST
def step_toggle(request, pk, step):
    goal = own_goal(request, pk)
    found = get_object_or_404(goal.steps.all(), pk=step)
    found.done_at = None if found.done_at else timezone.now()
    found.save(update_fields=["done_at"])
    return redirect("portal:goal-detail", pk=goal.pk)


@client_required
@require_POST
def step_delete(request, pk, step):
    goal = own_goal(request, pk)
    get_object_or_404(goal.steps.all(), pk=step).delete()
    messages.success(request, "Step removed.")
    return redirect("portal:goal-detail", pk=goal.pk)


@client_required
def goal_delete(request, pk):
    goal = own_goal(request, pk)
    if request.method == "POST":
        goal.delete()
        messages.success(request, "The goal and its steps are deleted.")
        return redirect("portal:goal-list")
    back = reverse("portal:goal-detail", args=[goal.pk])
    context = {"what": "this goal", "thing": goal.title, "back": back}
    return render(request, "portal/confirm_delete.html", context)
