"""What a request can reach: the settings, the store and the Celery app, kept on the Flask app."""

from __future__ import annotations

from dataclasses import dataclass

from celery import Celery
from flask import current_app

from config.settings import Settings
from store import Store


@dataclass
class Services:
    settings: Settings
    store: Store
    celery: Celery


def services() -> Services:
    return current_app.extensions["factcheck"]
