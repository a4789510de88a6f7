"""core keeps no tables of its own. This module is here so that `migrate` signals the app
when it finishes (Django signals only apps with a models module): core/apps.py then makes
the database cache's table when settings use one."""
