"""Outcome measures for the client: what is due, answering one, and their scores over time."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render

from .. import access, measures
from ..client_forms import QuestionnaireForm
from ..guards import client_required


@client_required
def measure_list(request):
    return render(request, "portal/measure_list.html", measures.client_overview(request.client))


@client_required
def measure_answer(request, pk):
    assignment = access.assignments_for(request.user).filter(pk=pk).first()
    if assignment is None:
        raise Http404("No such measure")
    questionnaire = assignment.questionnaire
    form = QuestionnaireForm(request.POST or None, questionnaire=questionnaire)
    if request.method == "POST" and form.is_valid():
        try:
            response = measures.record(assignment, form.answers(), form.cleaned_data.get("extra"))
        except measures.NotDue:
            messages.info(request, "These answers were already saved.")
            return redirect("portal:measure-list")
        if response.risk:
            return redirect("portal:measure-support", pk=response.pk)
        # The score is on the list page: a message would carry it in a cookie.
        messages.success(request, f"Thank you: your {questionnaire.name} answers are saved.")
        return redirect("portal:measure-list")
    return render(
        request, "portal/measure_form.html", {"form": form, "questionnaire": questionnaire}
    )


@client_required
def measure_support(request, pk):
    """After an answer that flags risk: the crisis-support text, straight away."""
    response = access.response_for(request.user, pk)
    if response is None or not response.risk:
        raise Http404("No such answer")
    # The alert reaches the coach only while they can sign in; otherwise the practice
    # (portal.tasks.notify_risk). The page says which, never more than happened.
    coach = request.client.coach
    coach_told = coach is not None and coach.user.is_active
    return render(
        request, "portal/measure_risk.html", {"response": response, "coach_told": coach_told}
    )
