"""The service's use cases beyond summarizing, one group per module.

``bot.service.Service`` is made of these groups (it inherits them): each works on the service's
``store``, ``runner`` and ``settings`` and nothing else, so the front ends still have one door.
"""
